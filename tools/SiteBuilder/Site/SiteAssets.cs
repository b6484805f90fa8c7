namespace SiteBuilder.Site;

/// <summary>The files every page links to, written into the site's <c>assets/</c> folder.</summary>
public static class SiteAssets
{
    /// <summary>The folder below the site root, as pages link to it.</summary>
    public const string Folder = "assets";

    /// <summary>The stylesheet's path relative to a page.</summary>
    public const string StylesheetPath = Folder + "/site.css";

    /// <summary>The pages' script (theme, copy buttons, search box, chart colours) relative to a page.</summary>
    public const string ScriptPath = Folder + "/site.js";

    /// <summary>The site's icon (a browser asks for favicon.ico when a page names none).</summary>
    public const string IconPath = Folder + "/icon.svg";

    /// <summary>plotly.js's path relative to a page.</summary>
    public const string PlotlyPath = Folder + "/" + PlotlyScript.FileName;

    /// <summary>Writes the stylesheet, the pages' script and plotly.js (with its licence notices) into the site.</summary>
    public static void WriteTo(SiteFolder site)
    {
        CopyResource("SiteBuilder.Assets.site.css", site, StylesheetPath);
        CopyResource("SiteBuilder.Assets.site.js", site, ScriptPath);
        CopyResource("SiteBuilder.Assets.icon.svg", site, IconPath);
        PlotlyScript.WriteTo(site, Folder);
    }

    private static void CopyResource(string resource, SiteFolder site, string relativePath)
    {
        using var source = typeof(SiteAssets).Assembly.GetManifestResourceStream(resource)!;
        using var file = site.Create(relativePath);
        source.CopyTo(file);
    }
}
