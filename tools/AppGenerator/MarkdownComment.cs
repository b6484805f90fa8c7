using System.Text.RegularExpressions;

namespace AppGenerator;

/// <summary>
/// A markdown cell as a short comment: its headings, or, where it has none, its first sentence. The prose lives in
/// the notebook; the comment only shows the reader of the program where they are.
/// </summary>
public static partial class MarkdownComment
{
    private const int MaxSentence = 110;

    [GeneratedRegex(@"\[(?<text>[^\]]+)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"(\*\*|__|(?<![\w*])\*(?!\s)|(?<!\S)_(?!\s))")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"^(?<sentence>.+?[.!?:])(\s|$)")]
    private static partial Regex FirstSentence();

    /// <summary>The comment lines (with <c>// </c>) for one markdown cell; none for an empty cell.</summary>
    public static IEnumerable<string> For(string markdown)
    {
        var lines = markdown.Split('\n').Select(l => l.TrimEnd()).ToList();
        var headings = lines.Where(l => l.StartsWith('#')).Select(Plain).ToList();
        if (headings.Count > 0)
            return headings.Select(h => $"// {h}");
        var paragraph = lines.SkipWhile(string.IsNullOrWhiteSpace).TakeWhile(l => !string.IsNullOrWhiteSpace(l)).ToList();
        if (paragraph.Count == 0 || paragraph[0].StartsWith('|') || paragraph[0].StartsWith("```", StringComparison.Ordinal))
            return [];
        var text = Plain(string.Join(' ', paragraph.Select(l => l.Trim())));
        var sentence = FirstSentence().Match(text) is { Success: true } m ? m.Groups["sentence"].Value : text;
        return [$"// {Shortened(sentence)}"];
    }

    private static string Plain(string text) => Emphasis().Replace(Link().Replace(text, "${text}"), "");

    private static string Shortened(string sentence)
    {
        if (sentence.Length <= MaxSentence) return sentence;
        var cut = sentence.LastIndexOf(' ', MaxSentence);
        return sentence[..(cut > 0 ? cut : MaxSentence)] + " …";
    }
}
