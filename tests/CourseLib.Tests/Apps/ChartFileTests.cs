using CourseLib.Apps;
using CourseLib.Plots;

namespace CourseLib.Tests.Apps;

public class ChartFileTests
{
    private static Plotly.NET.GenericChart Scatter() =>
        ClassScatter.Plot(new double[,] { { 0, 1 }, { 1, 0 }, { 0.5, 0.5 } }, [0, 1, 1], title: "three points");

    [Fact]
    public void The_page_carries_plotly_js_itself_and_fetches_no_script()
    {
        var html = ChartFile.Html(Scatter());

        Assert.Contains($"plotly.js v{CourseLib.Setup.OfflineCharts.PlotlyVersion}", html);
        Assert.Contains("Plotly.newPlot", html);
        Assert.Contains("three points", html);
        Assert.DoesNotContain("<script src", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("requirejs.config", html);
    }

    [Fact]
    public void Writing_creates_the_folder_replaces_an_older_page_and_leaves_no_temporary_file()
    {
        var folder = Path.Combine(Path.GetTempPath(), "chartfile-" + Guid.NewGuid().ToString("N"));
        try
        {
            var path = Path.Combine(folder, "nested", "chart-1.html");
            ChartFile.Write(Scatter(), path);
            File.WriteAllText(path, "an older page");
            ChartFile.Write(Scatter(), path);

            Assert.Contains("three points", File.ReadAllText(path));
            Assert.Equal([path], Directory.GetFiles(Path.GetDirectoryName(path)!));
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }
}
