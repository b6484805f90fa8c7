using System.Text.RegularExpressions;

namespace SiteBuilder.Rendering;

/// <summary>
/// Which link and image addresses from a notebook's markdown the site keeps. Markdown is prose a reader wrote,
/// not output the course produced, so a <c>javascript:</c> or <c>vbscript:</c> address (which runs code when
/// followed) or any other unknown scheme is not passed through.
/// </summary>
public static partial class LinkPolicy
{
    /// <summary>What an address that is not kept becomes: a link to nowhere on the same page.</summary>
    public const string Removed = "#";

    private static readonly string[] SafeSchemes = ["http", "https", "mailto"];

    /// <summary>
    /// Whether <paramref name="url"/> may be a link's <c>href</c> (or, with <paramref name="isImage"/>, an image's
    /// <c>src</c>): a relative address, a fragment, http(s) or mailto; images may also be base64 <c>data:image/…</c>.
    /// </summary>
    public static bool IsSafe(string? url, bool isImage = false)
    {
        if (string.IsNullOrEmpty(url))
            return true;
        // Browsers ignore ASCII whitespace and control characters inside a scheme ("java\tscript:" runs).
        var compact = ControlOrSpace().Replace(url, "");
        var scheme = Scheme().Match(compact);
        if (!scheme.Success)
            return true; // relative: a page, a fragment, a file of the site
        var name = scheme.Groups["name"].Value.ToLowerInvariant();
        return SafeSchemes.Contains(name) || (isImage && name == "data" && Base64Image().IsMatch(compact));
    }

    /// <summary>
    /// Whether <paramref name="url"/> names a file by a relative path (<c>figures/name.svg</c>, <c>../x.png</c>, <c>/x.png</c>):
    /// no scheme, not empty and not only a fragment. The site builder copies such images into the site (see <c>ChapterFigures</c>).
    /// </summary>
    public static bool IsLocalFile(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || url.StartsWith('#'))
            return false;
        return !Scheme().IsMatch(ControlOrSpace().Replace(url, ""));
    }

    [GeneratedRegex(@"[\x00-\x20\x7F]")]
    private static partial Regex ControlOrSpace();

    // A scheme is letters, digits, '+', '-', '.' before the first ':' that comes before any '/', '?' or '#'.
    [GeneratedRegex(@"^(?<name>[A-Za-z][A-Za-z0-9+.\-]*):")]
    private static partial Regex Scheme();

    [GeneratedRegex(@"^data:image/(?:png|jpeg|gif|webp);base64,[A-Za-z0-9+/]+=*$", RegexOptions.IgnoreCase)]
    private static partial Regex Base64Image();
}
