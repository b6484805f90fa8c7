using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace NotebookRunner;

/// <summary>
/// Copies the figures a notebook's markdown shows from files beside it (<c>![alt](figures/name.svg)</c>) to the same
/// place beside its executed copy, so that the copy in artifacts/executed/ opened in Jupyter or VS Code shows them as the
/// notebook in notebooks/ does. Only files inside the notebooks folder are copied (a link elsewhere is the site builder's
/// to refuse, not the runner's to follow); each copy is written to a temporary file and renamed.
/// </summary>
public static partial class FiguresBeside
{
    /// <summary>Copies the figures of <paramref name="notebookPath"/> beside <paramref name="executedCopy"/>.</summary>
    /// <returns>The copies written (full paths); a figure that is missing or lies outside the notebooks folder is skipped.</returns>
    /// <exception cref="IOException">A figure could not be copied (the message names it).</exception>
    public static IReadOnlyList<string> Copy(string notebookPath, string executedCopy, RunnerOptions options)
    {
        var root = Path.GetFullPath(options.NotebooksRoot);
        var notebookFolder = Path.GetDirectoryName(Path.GetFullPath(notebookPath))!;
        // Only a notebook inside the notebooks folder has its copy at the mirrored place, where the same links resolve.
        if (!IsInside(root, notebookFolder + Path.DirectorySeparatorChar + "x"))
            return [];
        var copyFolder = Path.GetDirectoryName(Path.GetFullPath(executedCopy))!;
        var written = new List<string>();
        foreach (var address in Addresses(File.ReadAllText(notebookPath)).Distinct(StringComparer.Ordinal))
        {
            var source = Path.GetFullPath(Path.Combine(notebookFolder, Uri.UnescapeDataString(address)));
            if (!IsInside(root, source) || !File.Exists(source))
                continue;
            var target = Path.Combine(copyFolder, Path.GetRelativePath(notebookFolder, source));
            var temp = $"{target}.{Guid.NewGuid():N}.tmp";
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(source, temp);
                File.Move(temp, target, overwrite: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                if (File.Exists(temp)) File.Delete(temp);
                throw new IOException($"the figure {address} could not be copied beside the executed copy ({target}): {e.Message}", e);
            }
            written.Add(target);
        }
        return written;
    }

    /// <summary>
    /// <see cref="Copy"/>, for the runner: a figure that cannot be copied is said (the returned sentence), not a reason
    /// to fail the notebook, whose executed copy is written.
    /// </summary>
    public static string? TryCopy(string notebookPath, string executedCopy, RunnerOptions options)
    {
        try
        {
            Copy(notebookPath, executedCopy, options);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException)
        {
            return e.Message;
        }
    }

    /// <summary>The relative addresses of the images the notebook's markdown cells show, inline ones (<c>![alt](path)</c>).</summary>
    public static IEnumerable<string> Addresses(string notebookJson)
    {
        if (JsonNode.Parse(notebookJson)?["cells"] is not JsonArray cells)
            yield break;
        foreach (var cell in cells.OfType<JsonObject>().Where(c => (string?)c["cell_type"] == "markdown"))
        {
            var source = cell["source"] switch
            {
                JsonArray lines => string.Concat(lines.Select(l => (string?)l)),
                JsonValue value when value.TryGetValue<string>(out var text) => text,
                _ => "",
            };
            foreach (Match image in Image().Matches(source))
            {
                var address = image.Groups["address"].Value.Split('?', '#')[0];
                if (address.Length > 0 && !Scheme().IsMatch(address) && !address.StartsWith('/'))
                    yield return address;
            }
        }
    }

    private static bool IsInside(string root, string path)
    {
        var relative = Path.GetRelativePath(root, path);
        var first = relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)[0];
        return relative != "." && first != ".." && !Path.IsPathRooted(relative);
    }

    [GeneratedRegex(@"!\[[^\]]*\]\(\s*(?:<(?<address>[^>]+)>|(?<address>[^)\s]+))")]
    private static partial Regex Image();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.\-]*:")]
    private static partial Regex Scheme();
}
