using System.Reflection;
using CourseLib.Apps;
using CourseLib.Data;
using CourseLib.Metrics;
using CourseLib.Models;
using CourseLib.Plots;
using CourseLib.Training;
using Microsoft.Data.Analysis;
using Plotly.NET;
using TorchSharp;
using static TorchSharp.torch;

namespace CourseLib.Tests.Adversarial;

/// <summary>
/// Valid arguments for any public entry of the library, chosen by the parameter's type and name (and, where
/// one name means different things, the method): small, coherent data — 20 two-feature points, binary labels,
/// a 2 → 4 → 1 model with its own optimizer — made fresh for every call.
/// </summary>
internal sealed class Samples
{
    private readonly Lazy<nn.Module<Tensor, Tensor>> _model;
    private readonly Lazy<optim.Optimizer> _optimizer;

    public Samples()
    {
        torch.manual_seed(1);
        _model = new(() => nn.Sequential(nn.Linear(2, 4), nn.ReLU(), nn.Linear(4, 1)));
        _optimizer = new(() => optim.SGD(Model.parameters(), 0.1));
    }

    public nn.Module<Tensor, Tensor> Model => _model.Value;
    public optim.Optimizer Optimizer => _optimizer.Value;
    public static Tensor Features() => torch.randn(20, 2);
    public static Tensor IntLabels() => torch.tensor(Enumerable.Range(0, 20).Select(i => (long)(i % 2)).ToArray());
    public static Tensor FloatLabels() => IntLabels().to(float32);

    /// <summary>A 0/1 label matrix [20, 2] in which each label has samples with and without it.</summary>
    public static Tensor MultilabelLabels() =>
        torch.tensor(Enumerable.Range(0, 20).SelectMany(i => new[] { (float)(i % 2), (float)(i / 3 % 2) }).ToArray(), [20, 2]);

    /// <summary>A disposed tensor, as one created in a dispose scope that has ended.</summary>
    public static Tensor Disposed()
    {
        Tensor t;
        using (torch.NewDisposeScope())
            t = torch.zeros(20, 2);
        return t;
    }

    /// <summary>A disposed model.</summary>
    public static nn.Module<Tensor, Tensor> DisposedModel()
    {
        var model = nn.Sequential(nn.Linear(2, 4), nn.Linear(4, 1));
        model.Dispose();
        return model;
    }

    /// <summary>A model whose parameters are on the meta device: shapes without values.</summary>
    public static nn.Module<Tensor, Tensor> MetaModel() => nn.Sequential(nn.Linear(2, 4), nn.ReLU(), nn.Linear(4, 1)).to(torch.META);

    /// <summary>The valid sample tensor for <paramref name="p"/>, for a case that changes only its device or dtype.</summary>
    public static Tensor Valid(MethodBase method, ParameterInfo p) => (Tensor)new Samples().Argument(method, p)!;

    /// <summary>The instance whose methods are tried.</summary>
    public object Instance(Type type) => type.Name switch
    {
        nameof(LabelledData) => Datasets.MakeCircles(20, randomState: 1),
        nameof(StraightLine) => new StraightLine(),
        nameof(LiveLossChart) => new LiveLossChart(_ => _ => { }),
        nameof(TrainingHistory) => new TrainingHistory(),
        nameof(EpochShuffler) => new EpochShuffler(10, new torch.Generator().manual_seed(42)),
        nameof(StandardScaler) => new StandardScaler().Fit(new double[,] { { 0, 0 }, { 1, 1 }, { 2, 0 }, { 0, 2 } }), // the double[,] sample's features
        nameof(ConsoleDisplay) => Display(),
        nameof(StatusLine) => new StatusLine(TextWriter.Null),
        nameof(LiveOutput) => Display().ShowLive(Chart()),
        nameof(AccumulatingMetric) => new AccuracyMetric(),
        _ => throw new NotSupportedException($"No sample instance of {type.Name}."),
    };

    /// <summary>
    /// Sets up the static state an entry needs before any call (null or not): <see cref="ChapterApp"/>'s Show and ShowLive
    /// need <see cref="ChapterApp.StartChapter"/> first, here with a temporary chart folder and no change of working directory.
    /// </summary>
    public static void Prepare(MethodBase method)
    {
        if (method.DeclaringType == typeof(ChapterApp) && method.Name != nameof(ChapterApp.StartChapter))
            ChapterApp.StartChapter(TempFolder(), programFile: "");
    }

    public object? Argument(MethodBase method, ParameterInfo p)
    {
        string owner = method.DeclaringType!.Name;
        var t = p.ParameterType;
        if (Nullable.GetUnderlyingType(t) is not null && p.HasDefaultValue) return p.DefaultValue;

        switch (owner, method.Name, p.Name)
        {
            case (nameof(RegressionChart), _, _) when t == typeof(Tensor):
                return torch.arange(10, dtype: float32).unsqueeze(1);
            case (nameof(Engine), _, "y" or "yTrain" or "yTest"):
                return FloatLabels();
            case (nameof(ModelFiles), nameof(ModelFiles.LoadModel), "path"):
                var saved = TempPath();
                Model.SaveModel(saved);
                return saved;
            case (nameof(ModelFiles), _, "path"):
                return TempPath();
            case (nameof(ClusterStd), _, "perCluster"):
                return new[] { 1.0 };
            case (nameof(MultilabelMetrics) or nameof(MultilabelCharts), _, "yTrue" or "yPred" or "labels"):
                return MultilabelLabels(); // two labels, as many as the IReadOnlyList<string> sample names
            case (nameof(MultilabelMetrics), _, "yScore"):
                return torch.rand(20, 2);
            case (nameof(MultilabelCharts), _, "matrices"):
                return torch.tensor(new long[] { 8, 2, 3, 7, 9, 1, 0, 10 }, [2, 2, 2]); // two labels' [[TN, FP], [FN, TP]], 20 samples each
            case (nameof(PerLabelScores), _, "Support"):
                return new long[] { 3, 4 }; // one per label of the double[] sample's two
            case (nameof(MultilabelData), _, "y"):
                return new long[,] { { 1, 0 }, { 0, 1 }, { 1, 1 }, { 0, 0 } }; // a label matrix for the double[,] sample's four rows
            case (nameof(RankingMetrics), _, "yScore"):
                return torch.rand(20); // one probability per sample label
            case (nameof(PrecisionRecallCurve), _, "Thresholds"):
                return new[] { 0.5 }; // one fewer than the double[] sample's two points
            case (nameof(StratifiedSplit), _, "stratify"):
                return Enumerable.Range(0, 20).Select(i => (long)(i % 2)).ToArray(); // two classes of 10: each can be split
            case (nameof(Datasets), _, "dataFolder"):
                return null; // the course's data/ folder, found from the test's folder upwards
            case (nameof(DigitImages), _, "image"):
                return torch.arange(64, dtype: float32).reshape(8, 8) % 17;
            case (nameof(DigitImages), _, "images"):
                return torch.zeros(2, 8, 8); // one image per caption of the IReadOnlyList<string> sample
            case (nameof(ConsoleDisplay) or nameof(ChapterApp), _, "chartFolder" or "launchFolder"):
                return TempFolder();
            case (nameof(ConsoleDisplay) or nameof(ChapterApp) or nameof(LiveOutput), _, "value") when t == typeof(object):
                return Chart(); // the one value every Show and ShowLive takes
        }

        if (t == typeof(Tensor))
            return p.Name switch
            {
                "features" or "trainFeatures" or "testFeatures" or "x" or "xTrain" or "xTest" => Features(),
                "logits" => torch.randn(20, 1),
                "matrix" => torch.tensor(new long[] { 3, 1, 0, 2 }, [2, 2]),
                _ => IntLabels(),
            };
        if (t == typeof(Tensor[])) return new[] { Features(), IntLabels() };
        if (t == typeof(IEnumerable<IList<Tensor>>)) // Engine.Fit's mini-batches: 20 points with float labels, in batches of 10
        {
            var (x, y) = (Features(), FloatLabels());
            return new IList<Tensor>[] { [x[..10], y[..10]], [x[10..], y[10..]] };
        }
        if (typeof(nn.Module<Tensor, Tensor, Tensor>).IsAssignableFrom(t)) return nn.BCEWithLogitsLoss(); // a loss is a module too
        if (typeof(optim.Optimizer).IsAssignableFrom(t)) return Optimizer;
        if (typeof(nn.Module).IsAssignableFrom(t)) return Model;
        if (t == typeof(double[,])) return new double[,] { { 0, 0 }, { 1, 1 }, { 2, 0 }, { 0, 2 } };
        if (t == typeof(long[])) return new long[] { 0, 1, 0, 1 };
        if (t == typeof(int[])) return new[] { 10, 10 };
        if (t == typeof(double[])) return new[] { 0.5, 0.4 };
        if (t == typeof(long[,])) return new long[,] { { 3, 1 }, { 0, 2 } };
        if (t == typeof(int[,])) return new int[,] { { 3, 1 }, { 0, 2 } };
        if (t == typeof(IReadOnlyList<int>)) return Enumerable.Range(0, 4).Select(i => i % 2).ToArray();
        if (t == typeof(IReadOnlyList<long>)) return new long[] { 0, 1 };
        if (t == typeof(IReadOnlyList<string>)) return new[] { "a", "b" };
        if (t == typeof(string)) return p.HasDefaultValue && p.DefaultValue is string s ? s : "name";
        if (t == typeof(Func<object, Action<object>>)) return (Func<object, Action<object>>)(_ => _ => { });
        if (t == typeof(Func<Tensor, Tensor>)) return (Func<Tensor, Tensor>)torch.tanh; // ExerciseCheck.SameValues
        if (t == typeof(IEnumerable<(int, double, double, double, double)>))
            return new[] { (0, 0.7, 50.0, 0.69, 51.0), (1, 0.6, 60.0, 0.62, 58.0) };
        if (t == typeof(TrainingHistory)) return new TrainingHistory();
        if (t == typeof(GenericChart)) return Chart();
        if (t == typeof(LabelledData)) return Datasets.MakeCircles(20, randomState: 1);
        if (t == typeof(DataFrame)) return new DataFrame(new DoubleDataFrameColumn("x", [1.0, 2.0]), new StringDataFrameColumn("class", ["a", "b"]));
        if (t == typeof(StatusLine)) return new StatusLine(TextWriter.Null);
        if (t == typeof(IReadOnlyList<(string, RocCurve)>))
            return new[] { ("model", RankingMetrics.RocCurve([0, 1, 0, 1], [0.1, 0.8, 0.4, 0.35])) };
        if (t == typeof(IReadOnlyList<(string, PrecisionRecallCurve)>))
            return new[] { ("model", RankingMetrics.PrecisionRecallCurve([0, 1, 0, 1], [0.1, 0.8, 0.4, 0.35])) };
        if (t == typeof(TextWriter)) return TextWriter.Null;
        if (t == typeof(Action<EpochRecord>)) return (Action<EpochRecord>)(_ => { });
        if (t == typeof(Device)) return CPU;
        if (t == typeof(RandomState)) return new RandomState(1);
        if (t == typeof(torch.Generator)) return new torch.Generator().manual_seed(42);

        if (p.HasDefaultValue && p.DefaultValue is not null) return p.DefaultValue;
        if (t == typeof(int))
            return p.Name switch
            {
                "nSamples" => 20, "nPerClass" => 10, "nClasses" => 2, "points" => 10, "epochs" => 2, "renderEvery" => 1,
                "classCount" or "count" or "OutputWidth" => 2, "size" or "n" => 3, _ => 0,
            };
        if (t == typeof(long)) return p.Name is "high" ? 5L : 1L;
        if (t == typeof(double)) return p.Name is "fraction" ? 0.2 : p.Name is "trainLoss" or "value" ? 0.5 : 0.0;
        if (t.IsValueType) return Activator.CreateInstance(t);
        if (p.HasDefaultValue) return p.DefaultValue;
        throw new NotSupportedException($"No sample argument for {owner}.{method.Name}({t.Name} {p.Name}).");
    }

    private static GenericChart Chart() => ActivationFunctions.Plot(points: 3);

    private static ConsoleDisplay Display() => new(TextWriter.Null, TempFolder(), Path.GetTempPath());

    private static string TempFolder() => Directory.CreateTempSubdirectory("adversarial-charts-").FullName;

    private static string TempPath() =>
        Path.Combine(Directory.CreateTempSubdirectory("adversarial-").FullName, "model.dat");
}
