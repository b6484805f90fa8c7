namespace ExecutionStage;

/// <summary>One code cell as the stock kernel ran it.</summary>
/// <param name="UnmatchedUpdates">Display updates naming an id no earlier output had: VS Code cannot place them.</param>
public sealed record StockKernelCell(int Number, string FirstLine, bool Succeeded, string StandardOutput, string? Error, int UnmatchedUpdates);

/// <summary>A notebook's run in the stock kernel: artifacts/stock-kernel/NN.json.</summary>
public sealed record StockKernelRun(IReadOnlyList<StockKernelCell> Cells, int CodeCells, string FSharpCoreVersion, bool FSharpCoreUnchanged);
