using System.Collections.Concurrent;

namespace CourseLib.Metrics;

/// <summary>
/// The warnings scikit-learn's curve functions give when one class is missing from the labels, written to standard
/// error once per distinct message (Python's default filter), with scikit-learn's wording.
/// </summary>
internal static class RankingWarning
{
    private static readonly ConcurrentDictionary<string, bool> Shown = new();

    public static void Warn(string message)
    {
        if (Shown.TryAdd(message, true))
            Console.Error.WriteLine($"UndefinedMetricWarning: {message}");
    }
}
