namespace SiteBuilder.Notebooks;

/// <summary>One output of a code cell, as nbformat 4 stores it.</summary>
public abstract record CellOutput;

/// <summary>Text the cell wrote to standard output or standard error.</summary>
/// <param name="Name"><c>stdout</c> or <c>stderr</c>.</param>
/// <param name="Text">What was written.</param>
public sealed record StreamOutput(string Name, string Text) : CellOutput;

/// <summary>An exception the cell raised.</summary>
public sealed record ErrorOutput(string Name, string Value, IReadOnlyList<string> Traceback) : CellOutput;

/// <summary>A displayed value or a cell's result: the same value in one or more MIME types.</summary>
/// <param name="Data">MIME type → content (text; base64 for binary images).</param>
public sealed record RichOutput(IReadOnlyDictionary<string, string> Data) : CellOutput;
