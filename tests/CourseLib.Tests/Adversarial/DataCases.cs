using CourseLib.Data;
using TorchSharp;

namespace CourseLib.Tests.Adversarial;

/// <summary>Bad inputs to the data generators, the dataset and the splits.</summary>
internal static class DataCases
{
    public static IEnumerable<BadInputCase> All()
    {
        var nonFinite = new CaseBuilder("non-finite value");
        nonFinite.Refuses("Datasets.MakeCircles", "noise = +Inf", () => Datasets.MakeCircles(10, noise: double.PositiveInfinity), "noise", "[0, inf)");
        nonFinite.Refuses("Datasets.MakeCircles", "noise = NaN", () => Datasets.MakeCircles(10, noise: double.NaN), "noise");
        nonFinite.Refuses("Datasets.MakeCircles", "factor = NaN", () => Datasets.MakeCircles(10, factor: double.NaN), "factor");
        nonFinite.Refuses("Datasets.MakeMoons", "noise = +Inf", () => Datasets.MakeMoons(10, noise: double.PositiveInfinity), "noise");
        nonFinite.Refuses("Datasets.MakeBlobs", "clusterStd = +Inf", () => Datasets.MakeBlobs(10, clusterStd: double.PositiveInfinity), "clusterStd");
        nonFinite.Refuses("Datasets.MakeBlobs", "clusterStd = NaN", () => Datasets.MakeBlobs(10, clusterStd: double.NaN), "clusterStd");
        nonFinite.Refuses("Datasets.MakeBlobs", "one cluster's std = +Inf", () => Datasets.MakeBlobs(10, clusterStd: new[] { 1.0, double.PositiveInfinity, 1.0 }), "clusterStd");
        nonFinite.Refuses("Datasets.MakeBlobs", "a center coordinate = NaN", () => Datasets.MakeBlobs(10, centers: new double[,] { { 0, double.NaN }, { 1, 1 } }), "centers");
        nonFinite.Refuses("Datasets.MakeBlobs", "centerBox = (-Inf, 10)", () => Datasets.MakeBlobs(10, centerBox: (double.NegativeInfinity, 10)), "centerBox");
        nonFinite.Refuses("Datasets.MakeBlobs(int[])", "centerBox = (0, NaN)", () => Datasets.MakeBlobs([5, 5], centerBox: (0, double.NaN)), "centerBox");
        nonFinite.Refuses("StraightLine", "start = NaN", () => new StraightLine(start: double.NaN), "start");
        nonFinite.Refuses("StraightLine", "weight = +Inf", () => new StraightLine(weight: double.PositiveInfinity), "weight");
        nonFinite.Refuses("StraightLine", "step = +Inf", () => new StraightLine(step: double.PositiveInfinity), "step");
        nonFinite.Refuses("RandomState.Normal", "scale = NaN", () => new RandomState(1).Normal(0, double.NaN), "scale");
        nonFinite.Refuses("RandomState.Uniform", "low = -Inf", () => new RandomState(1).Uniform(double.NegativeInfinity, 0), "high");
        nonFinite.Refuses("ModelSelection.TrainTestSplit", "testSize = NaN", () => ModelSelection.TrainTestSplit(10, testSize: double.NaN), "testSize");

        var size = new CaseBuilder("size out of range or overflowing");
        size.Refuses("Datasets.MakeSpirals", "65536 × 65536 points (the int product wraps to 0)", () => Datasets.MakeSpirals(65536, 65536), "nPerClass", "more than one array can hold");
        size.Refuses("Datasets.MakeSpirals", "nPerClass = 0", () => Datasets.MakeSpirals(0), "nPerClass");
        size.Refuses("Datasets.MakeSpirals", "nClasses = -1", () => Datasets.MakeSpirals(10, -1), "nClasses");
        size.Refuses("Datasets.MakeCircles", "nSamples = int.MaxValue", () => Datasets.MakeCircles(int.MaxValue), "nSamples");
        size.Refuses("Datasets.MakeCircles((int, int))", "(int.MaxValue, int.MaxValue) (the sum wraps negative)", () => Datasets.MakeCircles((int.MaxValue, int.MaxValue)), "nSamples");
        size.Refuses("Datasets.MakeCircles((int, int))", "(-1, 5)", () => Datasets.MakeCircles((-1, 5)), "nSamples.Outer");
        size.Refuses("Datasets.MakeMoons", "nSamples = 0", () => Datasets.MakeMoons(0), "nSamples");
        size.Refuses("Datasets.MakeBlobs(int[])", "[int.MaxValue, int.MaxValue] (the sum overflows)", () => Datasets.MakeBlobs([int.MaxValue, int.MaxValue]), "nSamples");
        size.Refuses("Datasets.MakeBlobs", "nFeatures = int.MaxValue", () => Datasets.MakeBlobs(10, nFeatures: int.MaxValue), "nFeatures");
        size.Refuses("Datasets.MakeBlobs", "centers = 0", () => Datasets.MakeBlobs(10, centers: 0), "centers");
        size.Refuses("Datasets.MakeBlobs", "centers with no columns", () => Datasets.MakeBlobs(10, centers: new double[3, 0]), "centers");
        size.Refuses("Datasets.MakeBlobs(int[])", "3 counts, 2 centers", () => Datasets.MakeBlobs([3, 3, 3], centers: new double[,] { { 0, 0 }, { 1, 1 } }), "centers");
        size.Refuses("Datasets.MakeBlobs", "2 deviations for 3 centers", () => Datasets.MakeBlobs(10, clusterStd: new[] { 1.0, 2.0 }), "clusterStd");
        size.Refuses("StraightLine", "step = 1e-12 (10^12 points)", () => new StraightLine(step: 1e-12), "step", "larger step");
        size.Refuses("StraightLine", "end = start", () => new StraightLine(start: 1, end: 1), "end");
        size.Refuses("StraightLine.Split", "trainFraction = 1", () => new StraightLine().Split(1.0), "trainFraction");
        size.Refuses("ModelSelection.TrainTestSplit", "testSize = 1.0 (a fraction must be below 1)", () => ModelSelection.TrainTestSplit(10, testSize: 1.0), "testSize");
        size.Refuses("ModelSelection.TrainTestSplit", "testSize = 10 of 10 samples", () => ModelSelection.TrainTestSplit(10, testSize: 10), "testSize");
        size.Refuses("ModelSelection.TrainTestSplit", "testSize 0.6 + trainSize 0.6", () => ModelSelection.TrainTestSplit(10, testSize: 0.6, trainSize: 0.6), "trainSize");
        size.Refuses("ModelSelection.TrainTestSplit", "nSamples = -1", () => ModelSelection.TrainTestSplit(-1), "nSamples");
        size.Refuses("EpochShuffler", "count = -1", () => new EpochShuffler(-1, new torch.Generator().manual_seed(42)), "count", "0 or more");
        size.Refuses("RandomState.Permutation", "n = -1", () => new RandomState(1).Permutation(-1), "n");
        size.Refuses("RandomState.RandomSample", "size = -1", () => new RandomState(1).RandomSample(-1), "size");
        size.Refuses("RandomState.RandInt", "low = high", () => new RandomState(1).RandInt(5, 5), "high");
        size.Refuses("RandomState", "seed = -1", () => new RandomState(-1), "seed");
        size.Refuses("RandomState", "seed = 2^32", () => new RandomState(1L << 32), "seed");
        size.Refuses("Mt19937.Seed", "no seed words", () => { new Mt19937(1).Seed(Array.Empty<uint>()); return null; }, "seedWords");

        var index = new CaseBuilder("index out of range");
        var circles = Datasets.MakeCircles(10, randomState: 1);
        index.Refuses("LabelledData.Column", "feature = -1", () => circles.Column(-1), "feature", "from 0 to 1");
        index.Refuses("LabelledData.Column", "feature = 2 of 2", () => circles.Column(2), "feature");
        index.Refuses("LabelledData.Take", "rows = [-1]", () => circles.Take([-1]), "rows", "negative indices");
        index.Refuses("LabelledData.Take", "rows = [10] of 10", () => circles.Take([0, 10]), "rows", "rows[1] is 10");
        index.Answers("LabelledData.Take", "rows = [] (an empty selection)", () => circles.Take([]), r => r is LabelledData { Count: 0, FeatureCount: 2 });
        index.Answers("LabelledData.Take", "rows = [3, 3] (a row twice)", () => circles.Take([3, 3]),
            r => r is LabelledData d && d.Y[0] == circles.Y[3] && d.X[1, 0] == circles.X[3, 0]);

        var labels = new CaseBuilder("label type that cannot hold the labels");
        var with300 = new LabelledData(new double[2, 1], [0, 300]);
        var blobs = Datasets.MakeBlobs(12, centers: 3, randomState: 1);
        labels.Refuses("LabelledData.ToTensors", "Int8 with a label 300 (would become 44)", () => with300.ToTensors(torch.ScalarType.Int8), "labelType", "300");
        labels.Refuses("LabelledData.ToTensors", "Byte with a label 300", () => with300.ToTensors(torch.ScalarType.Byte), "labelType");
        labels.Refuses("LabelledData.ToTensors", "Bool with 3 classes (would merge 1 and 2)", () => blobs.ToTensors(torch.ScalarType.Bool), "labelType", "only 0 and 1");
        labels.Refuses("LabelledData.ToTensors", "ComplexFloat32", () => blobs.ToTensors(torch.ScalarType.ComplexFloat32), "labelType");
        labels.Refuses("LabelledData.ToTensors", "(ScalarType)99", () => blobs.ToTensors((torch.ScalarType)99), "labelType");
        labels.Refuses("LabelledData", "labelType Int8 with a label 300", () => new LabelledData(new double[2, 1], [0, 300], torch.ScalarType.Int8), "labelType");
        labels.Answers("LabelledData.ToTensors", "Int8 with labels 0..2 (fits)", () => blobs.ToTensors(torch.ScalarType.Int8).Y.to(torch.int64).data<long>().ToArray(),
            r => r is long[] y && y.SequenceEqual(blobs.Y));
        labels.Answers("LabelledData.ToTensors", "Bool with labels 0/1 (fits)", () => circles.ToTensors(torch.ScalarType.Bool).Y.to(torch.int64).data<long>().ToArray(),
            r => r is long[] y && y.SequenceEqual(circles.Y));

        var shape = new CaseBuilder("shape or length mismatch");
        shape.Refuses("LabelledData", "3 rows, 2 labels", () => new LabelledData(new double[3, 2], [0, 1]), "y");
        shape.Refuses("ModelSelection.TrainTestSplit(Tensor, Tensor)", "x 10 rows, y 9", () => ModelSelection.TrainTestSplit(torch.zeros(10, 2), torch.zeros(9)), "y");
        shape.Refuses("ModelSelection.TrainTestSplit(Tensor, Tensor)", "x a scalar", () => ModelSelection.TrainTestSplit(torch.tensor(1.0f), torch.zeros(1)), "x", "scalar");
        shape.Refuses("ModelSelection.TrainTestSplit(Tensor[])", "no arrays", () => ModelSelection.TrainTestSplit(Array.Empty<torch.Tensor>()), "arrays");
        shape.Refuses("ModelSelection.TrainTestSplit(double[,], long[])", "4 rows, 3 labels", () => ModelSelection.TrainTestSplit(new double[4, 2], new long[3]), "y");

        var disposed = new CaseBuilder("disposed object");
        disposed.Refuses<ObjectDisposedException>("StraightLine.Split", "after Dispose", () =>
        {
            var line = new StraightLine();
            line.Dispose();
            return line.Split();
        }, null, "disposed");

        return nonFinite.Cases.Concat(size.Cases).Concat(index.Cases).Concat(labels.Cases).Concat(shape.Cases).Concat(disposed.Cases);
    }
}
