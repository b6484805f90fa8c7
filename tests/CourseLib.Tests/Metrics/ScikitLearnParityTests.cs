using System.Text.RegularExpressions;
using CourseLib.Metrics;
using static CourseLib.Tests.Metrics.ReferenceCases;

namespace CourseLib.Tests.Metrics;

/// <summary>Every metric equals scikit-learn's value on the reference cases, to 1e-12 (text: exactly).</summary>
public class ScikitLearnParityTests
{
    private const double Tolerance = 1e-12;

    public static IEnumerable<object[]> CaseNames => Names;

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Accuracy_and_confusion_matrix_equal_scikit_learn(string name)
    {
        using var reference = Get(name);
        var (c, yTrue, yPred) = (reference.Json, reference.YTrue, reference.YPred);

        Assert.Equal((double)c["accuracy"]!, ClassificationMetrics.Accuracy(yTrue, yPred), Tolerance);
        Assert.Equal((double)c["accuracy"]! * 100, ClassificationMetrics.AccuracyFn(yTrue, yPred), 1e-10);

        var expected = c["confusion_matrix"]!.AsArray().Select(row => Longs(row!)).ToArray();
        using var matrix = ClassificationMetrics.ConfusionMatrix(yTrue, yPred, reference.NumClasses);
        Assert.Equal(new long[] { expected.Length, expected.Length }, matrix.shape);
        for (int i = 0; i < expected.Length; i++)
            Assert.Equal(expected[i], matrix[i].data<long>().ToArray());
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Precision_recall_and_f1_equal_scikit_learn_for_every_average_and_zero_division(string name)
    {
        using var reference = Get(name);
        var (c, yTrue, yPred) = (reference.Json, reference.YTrue, reference.YPred);
        int? numClasses = reference.NumClasses;

        foreach (var score in c["scores"]!.AsArray())
        {
            var average = ParseAverage((string)score!["average"]!);
            var zeroDivision = ParseZeroDivision((string)score["zero_division"]!);
            string what = $"{name}, {average}, {zeroDivision}";
            var all = ClassificationMetrics.PrecisionRecallFScoreSupport(yTrue, yPred, average, zeroDivision, numClasses);

            AssertClose(Doubles(score["precision"]!), all.Precision, what + ", precision");
            AssertClose(Doubles(score["recall"]!), all.Recall, what + ", recall");
            AssertClose(Doubles(score["f1"]!), all.F1Score, what + ", f1");
            if (average == Average.None) continue;

            AssertClose(Doubles(score["precision"]!), [ClassificationMetrics.Precision(yTrue, yPred, average, zeroDivision, numClasses)], what + ", Precision()");
            AssertClose(Doubles(score["recall"]!), [ClassificationMetrics.Recall(yTrue, yPred, average, zeroDivision, numClasses)], what + ", Recall()");
            AssertClose(Doubles(score["f1"]!), [ClassificationMetrics.F1Score(yTrue, yPred, average, zeroDivision, numClasses)], what + ", F1Score()");
        }
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Classification_report_text_and_numbers_equal_scikit_learn(string name)
    {
        using var reference = Get(name);
        var (c, yTrue, yPred) = (reference.Json, reference.YTrue, reference.YPred);

        foreach (var expected in c["reports"]!.AsArray())
        {
            var zeroDivision = ParseZeroDivision((string)expected!["zero_division"]!);
            int digits = (int)expected["digits"]!;
            var targetNames = expected["target_names"]?.AsArray().Select(n => (string)n!).ToArray();
            var report = ClassificationMetrics.ClassificationReport(yTrue, yPred, targetNames, reference.NumClasses, digits, zeroDivision);

            Assert.Equal(WithWholeSupports((string)expected["text"]!), report.ToString());
            var rows = report.Rows.ToArray();
            var expectedRows = expected["rows"]!.AsArray();
            Assert.Equal(expectedRows.Count, rows.Length);
            for (int i = 0; i < rows.Length; i++)
            {
                var e = expectedRows[i]!;
                string what = $"{name}, {zeroDivision}, row {rows[i].Name}";
                Assert.Equal((string)e["name"]!, rows[i].Name);
                AssertClose((double?)e["precision"], rows[i].Precision, what);
                AssertClose((double?)e["recall"], rows[i].Recall, what);
                AssertClose((double)e["f1"]!, rows[i].F1Score, what);
                Assert.Equal((long)e["support"]!, rows[i].Support);
            }
        }
    }

    /// <summary>
    /// scikit-learn 1.2 prints the supports as floats ("8.0") when no prediction at all is right (its
    /// counts then start from np.zeros); a support is a count, and CourseLib prints it as one.
    /// </summary>
    private static string WithWholeSupports(string text) =>
        Regex.Replace(text, @" +(\d+)\.0$", m => m.Groups[1].Value.PadLeft(m.Value.Length), RegexOptions.Multiline);

    private static void AssertClose(double[] expected, double[] actual, string what)
    {
        Assert.True(expected.Length == actual.Length, $"{what}: {actual.Length} values, scikit-learn has {expected.Length}");
        for (int i = 0; i < expected.Length; i++)
            Assert.True(Math.Abs(expected[i] - actual[i]) <= Tolerance, $"{what}[{i}]: {actual[i]:R}, scikit-learn {expected[i]:R}");
    }

    private static void AssertClose(double? expected, double? actual, string what)
    {
        Assert.True(expected.HasValue == actual.HasValue, $"{what}: {actual} vs scikit-learn {expected}");
        if (expected is double e) AssertClose([e], [actual!.Value], what);
    }
}
