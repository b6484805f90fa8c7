using CourseLib.Setup;

namespace CourseLib.Tests.Setup;

public class OfflineChartsTests
{
    [Fact]
    public void Enable_returns_one_marked_script_that_carries_the_plotly_js_Plotly_NET_ships()
    {
        var html = OfflineCharts.Enable();

        Assert.StartsWith(OfflineCharts.Marker, html);
        Assert.Contains($"plotly.js v{OfflineCharts.PlotlyVersion}", html); // the bundle's own header
        Assert.True(html.Length > 3_000_000, $"plotly.js is about 3.6 MB; the HTML has {html.Length} characters");
        // Loaders are hidden while plotly.js runs, so it defines window.Plotly even on a page with require.js.
        Assert.Contains("}).call(window, undefined, undefined, undefined);", html);
        Assert.DoesNotContain("https://", html[..2000] + html[^2000..]);
        // The charts' request for "plotly" is answered in their own require.js context, or by a stand-in without require.js.
        Assert.Contains($"context: \"{OfflineCharts.RequireContext}\"", html);
        Assert.Contains("window.requirejs = standIn;", html);
    }
}
