using System.Text;
using System.Text.RegularExpressions;

namespace SiteBuilder.Rendering;

/// <summary>
/// A small, dependency-free C# highlighter: comments, strings, numbers, keywords and notebook directives
/// (<c>#r</c>, <c>#!</c>) become <c>&lt;span class="tok-…"&gt;</c>. A script highlighter from a CDN would break
/// the offline site, and a lexer this size covers what the course's cells contain.
/// </summary>
public static class CSharpHighlighter
{
    private static readonly string[] Keywords =
    [
        "abstract", "as", "async", "await", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class",
        "const", "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit",
        "extern", "false", "finally", "fixed", "float", "for", "foreach", "get", "goto", "if", "implicit", "in", "init",
        "int", "interface", "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out",
        "override", "params", "private", "protected", "public", "readonly", "record", "ref", "return", "sbyte", "sealed",
        "set", "short", "sizeof", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
        "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "var", "virtual", "void", "volatile", "when", "where",
        "while", "with", "yield",
    ];

    // One pass, first alternative wins: comments before strings (a "//" inside a string is handled by the
    // string alternatives starting earlier in the text), raw and verbatim strings before regular ones.
    private static readonly Regex Token = new(
        @"(?<comment>//[^\n]*|/\*[\s\S]*?\*/)" +
        @"|(?<directive>^[ \t]*\#!?[A-Za-z]+)" +
        @"|(?<string>\$*""""""[\s\S]*?""""""|\$?@\$?""(?:[^""]|"""")*""|\$?""(?:[^""\\\n]|\\.)*""|'(?:[^'\\\n]|\\.)+')" +
        @"|(?<number>\b\d[\d_]*(?:\.\d+)?(?:[eE][+-]?\d+)?[fFdDmMlLuU]*\b)" +
        @"|(?<keyword>\b(?:" + string.Join("|", Keywords) + @")\b)",
        RegexOptions.Multiline | RegexOptions.CultureInvariant);

    private static readonly string[] Kinds = ["comment", "directive", "string", "number", "keyword"];

    /// <summary>The code as escaped HTML with its tokens wrapped in spans (<c>tok-keyword</c>, <c>tok-string</c>, …).</summary>
    public static string Highlight(string code)
    {
        var html = new StringBuilder(code.Length * 2);
        var position = 0;
        foreach (Match match in Token.Matches(code))
        {
            html.Append(Html.Escape(code[position..match.Index]));
            var kind = Kinds.First(k => match.Groups[k].Success);
            html.Append($"<span class=\"tok-{kind}\">").Append(Html.Escape(match.Value)).Append("</span>");
            position = match.Index + match.Length;
        }
        return html.Append(Html.Escape(code[position..])).ToString();
    }
}
