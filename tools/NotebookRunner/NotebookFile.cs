using System.Text.Json;
using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Documents.Jupyter;

namespace NotebookRunner;

/// <summary>A notebook file that is not one this runner can run: malformed, or for another language.</summary>
public sealed class NotebookRefusedException(string message, NotebookStatus status) : Exception(message)
{
    /// <summary><see cref="NotebookStatus.Unreadable"/> or <see cref="NotebookStatus.Unsupported"/>.</summary>
    public NotebookStatus Status { get; } = status;
}

/// <summary>
/// A notebook read from its .ipynb file after checking it is well-formed nbformat 4: the .NET Interactive
/// reader passes a malformed file (<c>"cells": "oops"</c>, <c>"source": 42</c>, nbformat 2) as an empty
/// notebook, which would then "pass".
/// </summary>
/// <param name="Document">The cells, as the kernel's document model reads them.</param>
/// <param name="DefaultKernel">The kernel of cells that name none (the notebook's default, C# unless it says otherwise).</param>
public sealed record NotebookFile(InteractiveDocument Document, string DefaultKernel)
{
    /// <summary>Reads and checks <paramref name="notebookPath"/>.</summary>
    /// <exception cref="NotebookRefusedException">The file is missing, malformed or not a .NET notebook, with the reason.</exception>
    public static NotebookFile Read(string notebookPath)
    {
        // A folder is no notebook: reading it would be reported as "access denied", which sends one to the permissions.
        if (Directory.Exists(notebookPath))
            throw Unreadable($"{notebookPath} is a folder, not a notebook: name the .ipynb files in it, or give no notebook to run every one under notebooks/.");
        string json;
        try
        {
            json = File.ReadAllText(notebookPath);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw Unreadable($"no such notebook: {notebookPath}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Unreadable($"cannot read {notebookPath}: {e.Message}");
        }

        string defaultKernel;
        List<string> cellTypes;
        try
        {
            using var parsed = JsonDocument.Parse(json);
            defaultKernel = Check(notebookPath, parsed.RootElement);
            cellTypes = parsed.RootElement.GetProperty("cells").EnumerateArray().Select(c => c.GetProperty("cell_type").GetString()!).ToList();
        }
        catch (JsonException e)
        {
            throw Unreadable($"{notebookPath} is not valid JSON (line {e.LineNumber + 1}): {e.Message.Split('.')[0]}.");
        }

        InteractiveDocument document;
        try
        {
            document = Notebook.Parse(json, NotebookKernel.KernelInfos());
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw Unreadable($"{notebookPath} could not be read as a notebook: {e.Message}");
        }
        // The reader makes raw cells code cells of the default kernel; they are text for other tools, not code to run.
        if (document.Elements.Count == cellTypes.Count)
        {
            for (int i = 0; i < cellTypes.Count; i++)
                if (cellTypes[i] == "raw") document.Elements[i].KernelName = RawKernel;
        }
        return new NotebookFile(document, defaultKernel);
    }

    /// <summary>The kernel name the runner gives raw cells, which it keeps but never runs.</summary>
    public const string RawKernel = "raw";

    /// <summary>The checks nbformat 4 asks of what the runner reads; returns the notebook's default kernel.</summary>
    private static string Check(string path, JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("cells", out var cells))
        {
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("worksheets", out _))
                throw Unreadable($"{path} is an nbformat 3 (or older) notebook; this runner reads nbformat 4. {Upgrade}");
            throw Unreadable($"{path} is not a Jupyter notebook: it has no \"cells\" list.");
        }
        if (!root.TryGetProperty("nbformat", out var version))
            throw Unreadable($"{path} has no \"nbformat\" version; this runner reads nbformat 4 notebooks.");
        if (version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var major) || major != 4)
            throw Unreadable($"{path} is nbformat {version.GetRawText()}; this runner reads nbformat 4. {Upgrade}");
        if (cells.ValueKind != JsonValueKind.Array)
            throw Unreadable($"{path} is not a valid notebook: its \"cells\" is {Kind(cells)}, not a list of cells.");

        int number = 0;
        foreach (var cell in cells.EnumerateArray())
        {
            number++;
            if (cell.ValueKind != JsonValueKind.Object)
                throw Unreadable($"{path} is not a valid notebook: cell {number} is {Kind(cell)}, not an object.");
            if (!cell.TryGetProperty("cell_type", out var type) || type.ValueKind != JsonValueKind.String)
                throw Unreadable($"{path} is not a valid notebook: cell {number} has no \"cell_type\" (\"code\", \"markdown\" or \"raw\").");
            // nbformat knows these three; anything else would be read as code of the default kernel and run.
            if (type.GetString() is not ("code" or "markdown" or "raw"))
                throw Unreadable($"{path} is not a valid notebook: cell {number} has the cell_type \"{type.GetString()}\"; nbformat allows \"code\", \"markdown\" and \"raw\".");
            if (!cell.TryGetProperty("source", out var source) || !IsText(source))
                throw Unreadable($"{path} is not a valid notebook: cell {number}'s \"source\" is {(source.ValueKind == JsonValueKind.Undefined ? "missing" : Kind(source))}; " +
                                 "nbformat wants a string or a list of strings.");
            if (type.GetString() == "code" && cell.TryGetProperty("outputs", out var outputs) && outputs.ValueKind != JsonValueKind.Array)
                throw Unreadable($"{path} is not a valid notebook: cell {number}'s \"outputs\" is {Kind(outputs)}, not a list.");
        }
        return NotebookLanguage(path, root);
    }

    private const string Upgrade = "Open and save it in Jupyter (or run jupyter nbconvert --to notebook) to upgrade it.";

    /// <summary>The default kernel of a .NET notebook; any other notebook (Python, R, ...) is refused whole.</summary>
    private static string NotebookLanguage(string path, JsonElement root)
    {
        var metadata = root.TryGetProperty("metadata", out var m) && m.ValueKind == JsonValueKind.Object ? m : default;
        if (metadata.ValueKind == JsonValueKind.Object &&
            Text(metadata, "polyglot_notebook", "kernelInfo", "defaultKernelName") is { Length: > 0 } polyglotDefault)
            return polyglotDefault;
        var kernelspec = metadata.ValueKind == JsonValueKind.Object ? Text(metadata, "kernelspec", "name") : null;
        var language = metadata.ValueKind == JsonValueKind.Object
            ? Text(metadata, "kernelspec", "language") ?? Text(metadata, "language_info", "name")
            : null;
        if (kernelspec is null && language is null) return NotebookKernel.CSharp;
        if (kernelspec?.StartsWith(".net-", StringComparison.Ordinal) == true)
            return kernelspec[".net-".Length..];
        if (language is not null && CellLanguage.KernelNamed(language) is NotebookKernel.CSharp or "fsharp" or "pwsh")
            return CellLanguage.KernelNamed(language)!;
        throw new NotebookRefusedException(
            $"{path} is a {CellLanguage.DisplayName(language ?? kernelspec!)} notebook (kernelspec \"{kernelspec ?? "none"}\"); " +
            "this runner runs C# notebooks (.NET Interactive). Run it with its own kernel (Jupyter), or write it in C#.",
            NotebookStatus.Unsupported);
    }

    private static string? Text(JsonElement element, params string[] names)
    {
        foreach (var name in names)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element)) return null;
        }
        return element.ValueKind == JsonValueKind.String ? element.GetString() : null;
    }

    private static bool IsText(JsonElement source) =>
        source.ValueKind == JsonValueKind.String ||
        source.ValueKind == JsonValueKind.Array && source.EnumerateArray().All(line => line.ValueKind == JsonValueKind.String);

    private static string Kind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.Array => "a list with an item that is not a string",
        JsonValueKind.Object => "an object",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "missing",
    };

    private static NotebookRefusedException Unreadable(string message) => new(message, NotebookStatus.Unreadable);
}
