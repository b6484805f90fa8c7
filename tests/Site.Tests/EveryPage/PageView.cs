using Microsoft.Playwright;

namespace Site.Tests;

/// <summary>One way a reader sees a page of the site: the page, the window's width and the system's colour theme.</summary>
public readonly record struct PageView(string Page, int Width, ColorScheme Theme)
{
    /// <summary>A laptop's window in the light theme, what most checks look at.</summary>
    public static PageView Laptop(string page) => new(page, 1280, ColorScheme.Light);

    /// <summary>The view a test's arguments name: the first argument that is a page, else none (a test of no page);
    /// the first whole number is the width (else 1280), the first theme the theme (else light).</summary>
    public static PageView? Of(IEnumerable<object?> arguments)
    {
        var list = arguments.ToList();
        if (list.OfType<string>().FirstOrDefault(a => a.EndsWith(".html", StringComparison.Ordinal)) is not { } page)
            return null;
        return new PageView(page, list.OfType<int>().DefaultIfEmpty(1280).First(), list.OfType<ColorScheme>().DefaultIfEmpty(ColorScheme.Light).First());
    }

    /// <summary>The file name of the view's full-page screenshot: NAME-WIDTH.jpg, NAME-WIDTH-dark.jpg in the dark theme.</summary>
    public string ScreenshotName =>
        $"{Path.GetFileNameWithoutExtension(Page)}-{Width}{(Theme == ColorScheme.Dark ? "-dark" : "")}.jpg";

    public override string ToString() => $"{Page} at {Width} px ({(Theme == ColorScheme.Dark ? "dark" : "light")})";
}
