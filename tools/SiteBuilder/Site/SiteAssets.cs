namespace SiteBuilder.Site;

/// <summary>The files every page links to, written into the site's <c>assets/</c> folder.</summary>
public static class SiteAssets
{
    /// <summary>The folder below the site root, as pages link to it.</summary>
    public const string Folder = "assets";

    /// <summary>The stylesheet's path relative to a page.</summary>
    public const string StylesheetPath = Folder + "/site.css";

    /// <summary>plotly.js's path relative to a page.</summary>
    public const string PlotlyPath = Folder + "/" + PlotlyScript.FileName;

    /// <summary>Writes the stylesheet and plotly.js (with its licence notices) below <paramref name="siteRoot"/>.</summary>
    public static void WriteTo(string siteRoot)
    {
        Directory.CreateDirectory(Path.Combine(siteRoot, Folder));
        using (var css = typeof(SiteAssets).Assembly.GetManifestResourceStream("SiteBuilder.Assets.site.css")!)
        using (var file = File.Create(Path.Combine(siteRoot, StylesheetPath)))
            css.CopyTo(file);
        PlotlyScript.WriteTo(Path.Combine(siteRoot, Folder));
    }
}
