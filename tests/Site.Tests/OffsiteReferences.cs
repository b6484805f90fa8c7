using System.Text.RegularExpressions;

namespace Site.Tests;

/// <summary>
/// Finds what would make a page fetch from another host: an absolute http(s) or protocol-relative URL in a
/// src/href/srcset/poster/data attribute, a CSS url()/@import, or any URL inside a script. A plain
/// <c>&lt;a href&gt;</c> to another site is allowed: it is a link a reader may follow (the notebooks' prose links
/// to TorchSharp's repository), not something the page loads.
/// </summary>
internal static partial class OffsiteReferences
{
    public static IReadOnlyList<string> In(string html)
    {
        var found = new List<string>();
        foreach (Match attribute in Attribute().Matches(html))
            if (!attribute.Groups["tag"].Value.Equals("a", StringComparison.OrdinalIgnoreCase))
                found.Add($"<{attribute.Groups["tag"].Value} {attribute.Groups["attr"].Value}=\"{attribute.Groups["url"].Value}\">");
        foreach (Match script in Script().Matches(html))
            found.AddRange(AnyUrl().Matches(script.Groups["body"].Value).Select(u => $"a script mentions {u.Value}"));
        foreach (Match style in Style().Matches(html))
            found.AddRange(CssUrl().Matches(style.Groups["body"].Value).Select(u => $"a style loads {u.Value}"));
        return found;
    }

    [GeneratedRegex("""<(?<tag>[a-zA-Z][a-zA-Z0-9]*)\b[^>]*?\s(?<attr>src|href|srcset|poster|data|action)\s*=\s*["']?(?<url>(?:https?:)?//[^"'\s>]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex Attribute();

    [GeneratedRegex(@"<script\b[^>]*>(?<body>[\s\S]*?)</script>", RegexOptions.IgnoreCase)]
    private static partial Regex Script();

    [GeneratedRegex(@"<style\b[^>]*>(?<body>[\s\S]*?)</style>", RegexOptions.IgnoreCase)]
    private static partial Regex Style();

    [GeneratedRegex(@"https?://[^\s""'<>)]+", RegexOptions.IgnoreCase)]
    private static partial Regex AnyUrl();

    [GeneratedRegex("""(?:url\(\s*["']?|@import\s+["'])(?:https?:)?//[^"')\s]+""", RegexOptions.IgnoreCase)]
    private static partial Regex CssUrl();
}
