using CourseLib.Apps;
using CourseLib.Plots;

namespace CourseLib.Tests.Adversarial;

/// <summary>Bad inputs to what a chapter program shows in a console, and to the digit images it draws.</summary>
internal static class AppCases
{
    public static IEnumerable<BadInputCase> All()
    {
        string folder = Directory.CreateTempSubdirectory("adversarial-apps-").FullName;
        var chart = ActivationFunctions.Plot(points: 3);

        var values = new CaseBuilder("value of the wrong kind");
        values.Refuses("ConsoleDisplay.ShowLive", "a number (only a chart can be rewritten)", () => new ConsoleDisplay(TextWriter.Null, folder, folder).ShowLive(42), "value", "Only a chart");
        values.Refuses("LiveOutput.Update", "a string", () => { new ConsoleDisplay(TextWriter.Null, folder, folder).ShowLive(chart).Update("text"); return null; }, "value", "only be replaced by a chart");
        values.Refuses("ConsoleDisplay", "an empty chart folder", () => new ConsoleDisplay(TextWriter.Null, " ", folder), "chartFolder");
        values.Refuses("ChapterApp.StartChapter", "an empty chart folder", () => { ChapterApp.StartChapter("", programFile: ""); return null; }, "chartFolder");

        var shape = new CaseBuilder("shape or length mismatch");
        shape.Refuses("DigitImages.Plot", "a batch of 2 images", () => DigitImages.Plot(TorchSharp.torch.zeros(2, 8, 8)), "image", "[H, W]");
        shape.Refuses("DigitImages.Grid", "3 captions for 2 images", () => DigitImages.Grid(TorchSharp.torch.zeros(2, 8, 8), ["0", "1", "2"]), "captions", "one caption per image");
        shape.Refuses("DigitImages.Grid", "3-channel images", () => DigitImages.Grid(TorchSharp.torch.zeros(2, 3, 8, 8), ["0", "1"]), "images", "one channel");
        shape.Refuses("DigitImages.Grid", "columns = 0", () => DigitImages.Grid(TorchSharp.torch.zeros(2, 8, 8), ["0", "1"], columns: 0), "columns");

        var nonFinite = new CaseBuilder("non-finite value");
        nonFinite.Refuses("DigitImages.Plot", "maxValue = NaN", () => DigitImages.Plot(TorchSharp.torch.zeros(8, 8), double.NaN), "maxValue", "finite");
        nonFinite.Refuses("DigitImages.Grid", "maxValue = 0 (no scale from white to black)", () => DigitImages.Grid(TorchSharp.torch.zeros(2, 8, 8), ["0", "1"], maxValue: 0), "maxValue", "above 0");

        var right = new CaseBuilder("unusual but valid");
        right.Answers("ConsoleDisplay.Show", "null prints as a notebook shows it", () =>
        {
            var text = new StringWriter();
            new ConsoleDisplay(text, folder, folder).Show(null);
            return text.ToString();
        }, r => r is string s && s.Trim() == "null");
        right.Answers("DigitImages.Grid", "5 images in rows of 2 (the last cell stays empty)", () => DigitImages.Grid(TorchSharp.torch.zeros(5, 8, 8), ["0", "1", "2", "3", "4"], columns: 2),
            r => r is Plotly.NET.GenericChart);

        return values.Cases.Concat(shape.Cases).Concat(nonFinite.Cases).Concat(right.Cases);
    }
}
