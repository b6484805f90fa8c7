using Microsoft.DotNet.Interactive.Documents;

namespace NotebookRunner;

/// <summary>
/// Which kernel a Polyglot cell is for: its metadata's kernel, or the notebook's default, unless a line of it
/// selects another (<c>#!fsharp</c>). The runner has only the C# kernel; a cell for another one would meet the
/// C# compiler and fail with an error that says nothing about languages.
/// </summary>
public static class CellLanguage
{
    // The kernel selectors of VS Code's Polyglot Notebooks, by kernel name, with the names a learner reads.
    private static readonly (string Kernel, string DisplayName, string[] Aliases)[] Kernels =
    [
        (NotebookKernel.CSharp, "C#", ["c#", "cs"]),
        ("fsharp", "F#", ["f#", "fs"]),
        ("pwsh", "PowerShell", ["powershell"]),
        ("javascript", "JavaScript", ["js"]),
        ("html", "HTML", []),
        ("sql", "SQL", []),
        ("kql", "KQL", []),
        ("mermaid", "Mermaid", []),
        ("http", "HTTP", []),
        ("python", "Python", ["python3"]),
        ("r", "R", []),
        ("value", "a #!value cell", []),
        ("markdown", "Markdown", ["md"]),
    ];

    /// <summary>The kernel <paramref name="nameOrAlias"/> names (case-insensitively), or null if it names none.</summary>
    public static string? KernelNamed(string nameOrAlias) =>
        Kernels.FirstOrDefault(k => k.Kernel.Equals(nameOrAlias, StringComparison.OrdinalIgnoreCase) ||
                                    k.Aliases.Contains(nameOrAlias, StringComparer.OrdinalIgnoreCase)).Kernel;

    /// <summary>"F#" for fsharp; the name itself for a kernel the runner does not know.</summary>
    public static string DisplayName(string nameOrAlias) =>
        KernelNamed(nameOrAlias) is { } kernel ? Kernels.First(k => k.Kernel == kernel).DisplayName : nameOrAlias;

    /// <summary>
    /// The kernel the cell is for. The cell's own metadata decides, then the notebook's default; a line that is a
    /// kernel selector (<c>#!fsharp</c>, <c>#!pwsh</c>) hands the rest of the cell to that kernel, so a cell with
    /// any selector for another kernel is for that kernel.
    /// </summary>
    public static string Of(InteractiveDocumentElement cell, string notebookDefault)
    {
        var declared = string.IsNullOrEmpty(cell.KernelName) ? notebookDefault : cell.KernelName;
        var kernel = KernelNamed(declared) ?? declared;
        foreach (var line in cell.Contents.Split('\n'))
        {
            var trimmed = line.Trim();
            if (!trimmed.StartsWith("#!", StringComparison.Ordinal)) continue;
            var word = trimmed[2..].Split(' ', 2)[0];
            if (KernelNamed(word) is { } selected && selected != NotebookKernel.CSharp)
                return selected;
        }
        return kernel;
    }

    /// <summary>The failure text for a cell the C# kernel cannot run.</summary>
    public static string NotCSharp(int cellNumber, string kernel) =>
        $"this runner runs C# cells; cell {cellNumber} is {DisplayName(kernel)}. " +
        "Run the notebook in VS Code's Polyglot Notebooks, or write the cell in C#.";
}
