using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SiteBuilder.Site;

/// <summary>
/// The chapters' math typeset at build time with KaTeX (npm's katex, run by Node.js, as the search index is built):
/// the pages carry the formulas as HTML and MathML, and need only KaTeX's stylesheet and fonts, which ship inside the
/// site. Markdig writes a formula as <c>&lt;span class="math"&gt;\(…\)&lt;/span&gt;</c> (or <c>\[…\]</c>, or a
/// <c>div</c> for a block); a formula that is a paragraph of its own (<c>$$…$$</c> on its own line) is set as a display.
/// </summary>
public static partial class MathTypesetter
{
    /// <summary>KaTeX's stylesheet in the site; its fonts are in <see cref="FontsFolder"/> beside it.</summary>
    public const string StylesheetPath = SiteAssets.Folder + "/katex/katex.min.css";

    /// <summary>KaTeX's fonts in the site (only the WOFF2 files: every browser that runs the site reads them).</summary>
    public const string FontsFolder = SiteAssets.Folder + "/katex/fonts";

    // Beside the builder's assembly: SiteBuilder.csproj copies KaTeX there from the npm package, with Math/render-math.js.
    private static string ToolFolder => Path.Combine(AppContext.BaseDirectory, "math");

    /// <summary>Whether the HTML holds a formula Markdig wrote.</summary>
    public static bool HasMath(string html) => Formula().IsMatch(html);

    /// <summary>Every formula in <paramref name="articles"/> typeset; the articles come back in order.</summary>
    /// <exception cref="InvalidOperationException">Node.js or KaTeX is missing, or KaTeX cannot parse a formula (named).</exception>
    public static IReadOnlyList<string> Typeset(IReadOnlyList<string> articles)
    {
        var formulas = articles.SelectMany(a => Formula().Matches(a)).Select(Read).Distinct().ToList();
        if (formulas.Count == 0) return articles;
        var html = RunKatex(formulas);
        var typeset = formulas.Select((f, i) => (f, html[i])).ToDictionary(p => p.f, p => p.Item2);
        return articles.Select(a => Formula().Replace(a, m =>
        {
            var formula = Read(m);
            var rendered = typeset[formula];
            return formula.Display ? $"<div class=\"math display\">{rendered}</div>" : $"<span class=\"math\">{rendered}</span>";
        })).ToList();
    }

    /// <summary>Copies KaTeX's stylesheet, fonts and licence into the site.</summary>
    public static void WriteAssetsTo(SiteFolder site)
    {
        var css = Path.Combine(ToolFolder, "katex.min.css");
        if (!File.Exists(css))
            throw new InvalidOperationException($"KaTeX is missing at {css}: build the SiteBuilder (dotnet build tools/SiteBuilder), " +
                                                "which restores it with npm ci (Node.js and npm must be installed).");
        site.Copy(css, StylesheetPath);
        site.Copy(Path.Combine(ToolFolder, "katex.LICENSE"), SiteAssets.Folder + "/katex/LICENSE");
        foreach (var font in Directory.EnumerateFiles(Path.Combine(ToolFolder, "fonts"), "*.woff2").Order(StringComparer.Ordinal))
            site.Copy(font, $"{FontsFolder}/{Path.GetFileName(font)}");
    }

    private sealed record TeX(string Source, bool Display);

    private static TeX Read(Match match)
    {
        var tex = WebUtility.HtmlDecode(match.Groups["tex"].Value).Trim();
        var display = match.Groups["paragraph"].Success || match.Groups["open"].Value == "[" || match.Value.StartsWith("<div", StringComparison.Ordinal);
        return new TeX(tex, display);
    }

    private static List<string> RunKatex(List<TeX> formulas) =>
        JsonSerializer.Deserialize<List<string>>(NodeScript.Run(Path.Combine(ToolFolder, "render-math.js"),
            JsonSerializer.Serialize(formulas.Select(f => new { tex = f.Source, display = f.Display })), "Typesetting the chapters' math"))!;

    // A formula, inline or display, optionally a paragraph of its own.
    [GeneratedRegex(@"(?<paragraph><p>)?<(?<tag>span|div) class=""math"">\s*\\(?<open>[(\[])(?<tex>.*?)\\[)\]]\s*</\k<tag>>(?(paragraph)</p>)",
        RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Formula();
}
