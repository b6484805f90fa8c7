using System.Text.Json.Nodes;

namespace Notebooks.Tests;

/// <summary>
/// The "In the original" map a chapter ends with: a markdown cell headed <c>## In the original</c> saying which
/// sections of the original chapter it covers (each title in quotes, as the original writes it) or, for a chapter with
/// no counterpart, what the original does instead; and, where the original prints a line, a code cell that prints each
/// quoted line as <c>original: …</c> with the line this run printed for the same step below it as <c>this run: …</c>.
/// </summary>
public static class OriginalMap
{
    public const string Heading = "## In the original";
    public const string OriginalPrefix = "original: ", ThisRunPrefix = "this run: ";

    /// <summary>The index of the cell that starts the map, or -1.</summary>
    public static int Start(JsonArray cells) =>
        cells.Select((c, i) => (Cell: c!, Index: i))
            .LastOrDefault(c => (string?)c.Cell["cell_type"] == "markdown" && c.Cell["source"].JoinedText().StartsWith(Heading + "\n", StringComparison.Ordinal), (null!, -1)).Index;

    /// <summary>The cells before the map: a test of a chapter's last section reads <c>[^1]</c> of these.</summary>
    public static List<JsonNode> CellsBefore(JsonArray cells) => cells.Take(Start(cells) < 0 ? cells.Count : Start(cells)).Select(c => c!).ToList();

    /// <summary>The (original, this run) pairs a map's code cells printed, in order.</summary>
    public static List<(string Original, string ThisRun)> PrintedPairs(string output)
    {
        var lines = output.ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd()).ToList();
        var pairs = new List<(string, string)>();
        for (int i = 0; i < lines.Count; i++)
        {
            if (!lines[i].StartsWith(OriginalPrefix, StringComparison.Ordinal))
                continue;
            Assert.True(i + 1 < lines.Count && lines[i + 1].StartsWith(ThisRunPrefix, StringComparison.Ordinal),
                $"the map's line\n  {lines[i]}\nhas no `{ThisRunPrefix.Trim()}` line below it");
            pairs.Add((lines[i][OriginalPrefix.Length..], lines[i + 1][ThisRunPrefix.Length..]));
        }
        return pairs;
    }
}
