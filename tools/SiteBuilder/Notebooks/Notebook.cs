namespace SiteBuilder.Notebooks;

/// <summary>An executed notebook as the site shows it: its cells in order.</summary>
/// <param name="RelativePath">The notebook's path below the executed-notebooks folder, with '/' separators (e.g. <c>01_data.ipynb</c>).</param>
/// <param name="Cells">Markdown and code cells, in notebook order.</param>
public sealed record Notebook(string RelativePath, IReadOnlyList<NotebookCell> Cells);

/// <summary>One cell of a notebook.</summary>
public abstract record NotebookCell(string Source);

/// <summary>A markdown cell: prose, rendered with Markdig.</summary>
public sealed record MarkdownCell(string Source) : NotebookCell(Source);

/// <summary>A code cell with what it produced when the notebook ran.</summary>
/// <param name="Source">The code.</param>
/// <param name="Language">The kernel's language, e.g. <c>csharp</c>; decides the highlighting.</param>
/// <param name="Outputs">What the cell produced when the notebook ran, in order.</param>
public sealed record CodeCell(string Source, string Language, IReadOnlyList<CellOutput> Outputs) : NotebookCell(Source);
