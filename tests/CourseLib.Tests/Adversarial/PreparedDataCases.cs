using CourseLib.Data;

namespace CourseLib.Tests.Adversarial;

/// <summary>Bad inputs to the steps that prepare a real dataset: naming, stratified splitting and scaling.</summary>
internal static class PreparedDataCases
{
    public static IEnumerable<BadInputCase> All()
    {
        var circles = Datasets.MakeCircles(20, randomState: 1);
        var fitted = new StandardScaler().Fit(new double[,] { { 0, 0 }, { 1, 1 }, { 2, 0 }, { 0, 2 } });

        var nonFinite = new CaseBuilder("non-finite value");
        nonFinite.Refuses("StandardScaler.Fit", "a NaN value (a missing measurement)", () => new StandardScaler().Fit(new double[,] { { 0, 1 }, { double.NaN, 2 } }), "x", "x[1, 0] is NaN");
        nonFinite.Refuses("StandardScaler.Transform", "an infinite value", () => fitted.Transform(new double[,] { { 0, double.PositiveInfinity } }), "x", "finite");

        var shape = new CaseBuilder("shape or length mismatch");
        shape.Refuses("StandardScaler.Transform", "3 features for a scaler fitted on 2", () => fitted.Transform(new double[2, 3]), "x", "fitted on 2");
        shape.Refuses("StandardScaler.Fit", "no samples", () => new StandardScaler().Fit(new double[0, 2]), "x", "at least one sample");
        shape.Refuses("NamedDataset", "1 feature name for 2 columns", () => new NamedDataset(circles, ["x"], ["outer", "inner"]), "FeatureNames", "one name per column");
        shape.Refuses("NamedDataset", "1 class name for labels 0 and 1", () => new NamedDataset(circles, ["x", "y"], ["outer"]), "ClassNames", "from 0 to 1");
        shape.Refuses("NamedDataset", "a null feature name", () => new NamedDataset(circles, ["x", null!], ["outer", "inner"]), "FeatureNames", "FeatureNames[1]");

        var size = new CaseBuilder("size out of range or overflowing");
        size.Refuses("StratifiedSplit.TrainTestSplit", "a class with one member", () => StratifiedSplit.TrainTestSplit([0, 0, 0, 1], randomState: 1), "stratify", "only 1 member");
        size.Refuses("StratifiedSplit.TrainTestSplit", "a test part smaller than the number of classes", () =>
            StratifiedSplit.TrainTestSplit([0, 0, 1, 1, 2, 2, 0, 1, 2, 0], testSize: 2, randomState: 1), "testSize", "number of classes = 3");
        size.Refuses("StratifiedSplit.TrainTestSplit", "testSize = 1.0", () => StratifiedSplit.TrainTestSplit([0, 1, 0, 1], testSize: 1.0), "testSize");

        var state = new CaseBuilder("call out of order");
        state.Refuses<InvalidOperationException>("StandardScaler.Transform", "before Fit", () => new StandardScaler().Transform(new double[1, 2]), null, "not fitted yet");

        var right = new CaseBuilder("unusual but valid");
        right.Answers("StandardScaler.Fit", "a constant feature (scale 1: centred, not divided by zero)",
            () => new StandardScaler().FitTransform(new double[,] { { 3, 0 }, { 3, 2 } }), r => r is double[,] { } x && x[0, 0] == 0 && x[1, 0] == 0 && x[0, 1] == -1 && x[1, 1] == 1);
        right.Answers("StratifiedSplit.TrainTestSplit", "keeps each class's share (10 + 10 → 2 + 2 in the test part)",
            () => StratifiedSplit.TrainTestSplit(circles, testSize: 4, randomState: 1).Test.Y.Order().ToArray(), r => r is long[] y && y.SequenceEqual(new long[] { 0, 0, 1, 1 }));
        right.Answers("NamedDataset.ClassCounts", "a class with no sample (counted 0)",
            () => new NamedDataset(circles, ["x", "y"], ["outer", "inner", "unused"]).ClassCounts(), r => r is long[] { Length: 3 } c && c[0] == 10 && c[1] == 10 && c[2] == 0);

        return nonFinite.Cases.Concat(shape.Cases).Concat(size.Cases).Concat(state.Cases).Concat(right.Cases);
    }
}
