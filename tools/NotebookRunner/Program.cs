using CourseTools;
using NotebookRunner;

// The course's main command: runs notebooks headless and writes executed copies to artifacts/executed/.
//   dotnet run --project tools/NotebookRunner [-- [notebook.ipynb ...] [--cell-timeout SECONDS]]
try
{
    if (RunOneCommand.IsRequested(args))
        return await RunOneCommand.RunAsync(args);

    var arguments = CommandLine.Parse(args);
    if (arguments.ShowHelp)
    {
        Console.WriteLine(CommandLine.Usage);
        return 0;
    }

    var options = RunnerOptions.ForRepository(Directory.GetCurrentDirectory(), arguments.CellTimeout);

    // Asked to stop, the runner stops its kernels and removes their folders first; the signal then ends it as usual.
    // What an earlier runner, killed outright, left behind is removed now.
    using var stopOnSignals = KernelSupervisor.OnStopSignals(KernelProcess.StopAll);
    KernelSupervisor.RemoveAbandonedFolders();
    ExecutedCopy.RemoveAbandoned(options.OutputRoot);
    var notebooks = arguments.Notebooks.Count > 0
        ? arguments.Notebooks
        : Directory.EnumerateFiles(options.NotebooksRoot, "*.ipynb", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(p => Path.GetRelativePath(Directory.GetCurrentDirectory(), p))
            .ToList();
    if (notebooks.Count == 0)
    {
        Console.Error.WriteLine($"No notebooks found under {options.NotebooksRoot}.");
        return ToolCommandLine.FailureFound;
    }

    // Each notebook in a kernel process of its own: a cell that ends its process ends only that notebook.
    using var executor = new IsolatedNotebookRunner(options, Console.Out);
    var results = new List<NotebookResult>();
    for (int i = 0; i < notebooks.Count; i++)
        results.Add(await executor.RunAsync(notebooks[i], anotherFollows: i + 1 < notebooks.Count));

    Console.WriteLine();
    Console.WriteLine(SummaryTable.Format(results));
    // The same table for the docs, with when and where it was measured; a copy that cannot be written is said, not fatal.
    try
    {
        Console.WriteLine($"Summary written to {Path.GetRelativePath(Directory.GetCurrentDirectory(), SummaryFile.Write(options.OutputRoot, results, DateTimeOffset.UtcNow, TestTiers.Machine.Describe()))}");
    }
    catch (Exception e) when (e is IOException or UnauthorizedAccessException)
    {
        Console.Error.WriteLine($"The summary could not be written to {options.OutputRoot}: {e.Message}");
    }
    foreach (var failed in results.Where(r => !r.Succeeded))
        Console.Error.WriteLine(failed.Describe());
    return results.All(r => r.Succeeded) ? ToolCommandLine.Success : ToolCommandLine.FailureFound;
}
catch (UsageException e)
{
    return ToolCommandLine.Refuse(CommandLine.Tool, e, CommandLine.Usage);
}
catch (DirectoryNotFoundException e)
{
    Console.Error.WriteLine(e.Message);
    return ToolCommandLine.FailureFound;
}
