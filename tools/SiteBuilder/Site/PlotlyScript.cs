namespace SiteBuilder.Site;

/// <summary>
/// The plotly.js that Plotly.NET embeds in its assembly: the same version its charts load from a CDN,
/// so the site ships exactly the script the notebooks' charts were made for.
/// </summary>
public static class PlotlyScript
{
    // Plotly.NET's F# module Globals compiles to a class in the global namespace; its version is a literal (a const).
    /// <summary>The bundled plotly.js version, e.g. <c>2.28.0</c>.</summary>
    public const string Version = global::Globals.PLOTLYJS_VERSION;

    /// <summary>The script's file name in the site's assets folder.</summary>
    public const string FileName = $"plotly-{Version}.min.js";

    /// <summary>The third-party licence notices, under the name the script's header points to.</summary>
    public const string LicenseFileName = "plotly.min.js.LICENSE.txt";

    /// <summary>Copies the script into the site's <paramref name="folder"/>, with its licence notices beside it.</summary>
    public static void WriteTo(SiteFolder site, string folder)
    {
        CopyResource($"Plotly.NET.{FileName}", site, $"{folder}/{FileName}");
        CopyResource($"Plotly.NET.{FileName}.LICENSE.txt", site, $"{folder}/{LicenseFileName}");
    }

    /// <summary>The script's text, for a page that needs plotly.js without a site around it (<see cref="Downloads.ChartImages"/>).</summary>
    public static string ReadText()
    {
        using var source = Resource($"Plotly.NET.{FileName}");
        using var reader = new StreamReader(source);
        return reader.ReadToEnd();
    }

    private static Stream Resource(string resource)
    {
        var assembly = typeof(global::Globals).Assembly;
        return assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"{assembly.GetName().Name} has no embedded {resource}; it has: " +
                                                   string.Join(", ", assembly.GetManifestResourceNames()));
    }

    private static void CopyResource(string resource, SiteFolder site, string relativePath)
    {
        using var source = Resource(resource);
        using var file = site.Create(relativePath);
        source.CopyTo(file);
    }
}
