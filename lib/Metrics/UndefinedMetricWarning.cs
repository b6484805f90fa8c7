using System.Collections.Concurrent;

namespace CourseLib.Metrics;

/// <summary>
/// scikit-learn's <c>UndefinedMetricWarning</c>: written to standard error when a score divides by zero
/// under <see cref="ZeroDivision.Warn"/>. Like Python's default warning filter, each distinct message
/// is shown once per process, so a training loop does not flood its output.
/// </summary>
internal static class UndefinedMetricWarning
{
    private static readonly ConcurrentDictionary<string, bool> Shown = new();

    public static void Warn(string metric, string modifier, int resultSize)
    {
        string where = resultSize == 1 ? "due to" : "in labels with";
        string message = $"UndefinedMetricWarning: {metric} is ill-defined and being set to 0.0 {where} no {modifier} samples. " +
                         "Use the zeroDivision parameter to control this behavior.";
        if (Shown.TryAdd(message, true))
            Console.Error.WriteLine(message);
    }
}
