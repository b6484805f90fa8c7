using CourseLib.Apps;
using CourseLib.Data;

namespace CourseLib.Tests.Adversarial;

/// <summary>
/// Values a double holds but the course's float32 tensors do not, work that grows with a size it was not checked
/// against, and records whose properties a <c>with</c> made disagree.
/// </summary>
internal static class OverflowAndRecordCases
{
    public static IEnumerable<BadInputCase> All()
    {
        var overflow = new CaseBuilder("float32 overflow");
        overflow.Refuses<InvalidOperationException>("Dataset.ToTensors", "a feature of 1e39 (would be +Inf as float32)", () =>
            new LabelledData(new double[,] { { 0, 1e39 }, { 1, 1 } }, [0, 1]).ToTensors(), null, "float32's range");
        overflow.Refuses("StraightLine", "weight = 1e39 (Y would be infinite)", () => new StraightLine(weight: 1e39), "weight", "float32's range");
        overflow.Refuses("StraightLine", "start = 1e39", () => new StraightLine(start: 1e39, end: 2e39, step: 1e37), "start", "float32's range");
        overflow.Refuses("StraightLine", "start 1e8, end 1e8 + 1 (every x the same float32)", () => new StraightLine(start: 1e8, end: 1e8 + 1), "step", "apart");
        overflow.Refuses("Datasets.MakeMoons", "noise = 1e308", () => Datasets.MakeMoons(20, noise: 1e308, randomState: 1), "noise", "float32's range");
        overflow.Refuses("Datasets.MakeCircles", "noise = 1e300", () => Datasets.MakeCircles(20, noise: 1e300, randomState: 1), "noise", "float32's range");
        overflow.Refuses("Datasets.MakeBlobs", "clusterStd = 1e308", () => Datasets.MakeBlobs(20, clusterStd: 1e308, randomState: 1), "clusterStd", "float32's range");
        overflow.Answers("Datasets.MakeBlobs", "clusterStd = 1e30 (large, but float32 holds it)", () => Datasets.MakeBlobs(20, clusterStd: 1e30, randomState: 1).ToTensors().X.isfinite().all().item<bool>(),
            r => r is true);

        var bounded = new CaseBuilder("empty or huge size, in bounded time");
        bounded.Refuses("StratifiedSplit.TrainTestSplit", "200,000 distinct ids as classes (refused after 30-45 s)", () =>
            StratifiedSplit.TrainTestSplit(Enumerable.Range(0, 200_000).Select(i => (long)i).ToArray(), randomState: 1), "stratify", "only 1 member");
        bounded.Answers("StratifiedSplit.TrainTestSplit", "200,000 samples of 20,000 classes", () =>
        {
            var split = StratifiedSplit.TrainTestSplit(Enumerable.Range(0, 200_000).Select(i => (long)(i % 20_000)).ToArray(), testSize: 0.5, randomState: 1);
            return (split.Train.Length, split.Test.Length, split.Train.Concat(split.Test).Distinct().Count());
        }, r => r is (100_000, 100_000, 200_000));
        bounded.Answers("ConsoleDisplay.Show", "an endless sequence (ran out of memory)", () =>
        {
            var text = new StringWriter();
            new ConsoleDisplay(text, Directory.CreateTempSubdirectory("adversarial-charts-").FullName, Path.GetTempPath()).Show(Naturals());
            return text.ToString();
        }, r => r is string s && s.StartsWith("[0, 1, 2") && s.Contains("999, …") && s.Length < 10_000);

        var records = new CaseBuilder("record made inconsistent by with");
        NamedDataset Named() => new(new LabelledData(new double[,] { { 0, 1 }, { 2, 3 }, { 4, 5 } }, [0, 1, 2]), ["a", "b"], ["x", "y", "z"]);
        records.Refuses("NamedDataset.ClassCounts", "with { ClassNames = 2 names } for 3 classes (IndexOutOfRange)", () =>
            (Named() with { ClassNames = ["x", "y"] }).ClassCounts(), "ClassNames", "with");
        records.Refuses("NamedDataset.ToDataFrame", "with { Data = 3 features } for 2 names (dropped a column)", () =>
            (Named() with { Data = new LabelledData(new double[,] { { 0, 1, 2 }, { 3, 4, 5 }, { 6, 7, 8 } }, [0, 1, 2]) }).ToDataFrame(), "FeatureNames", "with");
        records.Refuses("NamedDataset.ToDataFrame", "with { Data = labels beyond the class names }", () =>
            (Named() with { Data = new LabelledData(new double[,] { { 0, 1 } }, [7]) }).ToDataFrame(), "ClassNames", "with");
        records.Refuses("NamedDataset", "duplicate feature names (broke ToDataFrame)", () => Named() with { FeatureNames = ["a", "a"] }, "FeatureNames", "twice");
        records.Refuses("NamedDataset", "a feature named like the class column", () =>
            new NamedDataset(new LabelledData(new double[,] { { 0, 1 } }, [0]), ["a", "class"], ["x"]), "FeatureNames", "class column");
        records.Answers("NamedDataset.ToDataFrame", "with { Data, FeatureNames } changed together, consistently", () =>
            (Named() with { Data = new LabelledData(new double[,] { { 0, 1, 2 } }, [1]), FeatureNames = ["p", "q", "r"] }).ToDataFrame().Columns.Count,
            r => r is 4);

        var paths = new CaseBuilder("crafted file or path");
        paths.Refuses("ChartFile.Write", "a NUL inside the path", () =>
        {
            ChartFile.Write(CourseLib.Plots.ActivationFunctions.Plot(points: 3), Path.Combine(Path.GetTempPath(), "ch\0art.html"));
            return null;
        }, "path", "NUL");
        paths.Refuses("ChartFile.Write", "a 300-byte file name (an IOException from the rename)", () =>
        {
            ChartFile.Write(CourseLib.Plots.ActivationFunctions.Plot(points: 3), Path.Combine(Path.GetTempPath(), new string('c', 295) + ".html"));
            return null;
        }, "path", "at most 255");
        paths.Answers("ChartFile.Write", "a 250-byte file name, with nothing else left in the folder", () =>
        {
            var folder = Directory.CreateTempSubdirectory("adversarial-charts-").FullName;
            ChartFile.Write(CourseLib.Plots.ActivationFunctions.Plot(points: 3), Path.Combine(folder, new string('c', 245) + ".html"));
            return Directory.GetFiles(folder).Select(f => Path.GetFileName(f).Length).ToArray();
        }, r => r is int[] { Length: 1 } lengths && lengths[0] == 250);

        return overflow.Cases.Concat(bounded.Cases).Concat(records.Cases).Concat(paths.Cases);
    }

    private static IEnumerable<int> Naturals()
    {
        for (int i = 0; ; i++) yield return i;
    }
}
