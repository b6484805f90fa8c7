using System.Text.Json;
using CourseTests;
using ExecutionStage;

namespace Kernels.Tests.StockKernel;

/// <summary>
/// The closest headless stand-in for VS Code's Polyglot Notebooks: every notebook through the stock dotnet-interactive
/// tool over its stdio protocol, cell by cell, failing on any cell error, with the tool's own FSharp.Core 10.0. The
/// notebooks' runs are the execution stage's (artifacts/stock-kernel/NN.json); the kernel's own behaviour is tried here.
/// </summary>
[Trait("Category", "StockKernel")]
[Trait("Tier", "Full")]
public class StockKernelTests
{
    private static readonly TimeSpan CellTimeout = TimeSpan.FromMinutes(10);

    private static IEnumerable<string> CodeCells(string notebook) => RepositoryNotebooks.CodeCells(notebook);

    [Theory]
    [MemberData(nameof(RepositoryNotebooks.All), MemberType = typeof(RepositoryNotebooks))]
    public async Task Runs_in_the_stock_kernel_with_its_own_FSharp_Core_untouched(string notebook)
    {
        var record = await StagedCopies.GetAsync(StagedCopies.StockKernel, notebook);
        var run = JsonSerializer.Deserialize<StockKernelRun>(await File.ReadAllTextAsync(record.Artifact, TestContext.Current.CancellationToken))!;

        Assert.Equal("10.0.0.0", run.FSharpCoreVersion);
        foreach (var cell in run.Cells)
        {
            Assert.True(cell.Succeeded, $"{notebook}, code cell {cell.Number} ({cell.FirstLine}): {cell.Error}");
            Assert.True(cell.UnmatchedUpdates == 0,
                $"{notebook}, code cell {cell.Number}: {cell.UnmatchedUpdates} display update(s) VS Code cannot place; display through KernelInvocationContext.Current.Display, not display(x)");
            Assert.DoesNotContain("WARNING", cell.StandardOutput);
        }
        Assert.Equal(run.CodeCells, run.Cells.Count);
        Assert.True(run.FSharpCoreUnchanged, "running the notebook changed the stock tool's FSharp.Core.dll");
        Assert.True(record.Succeeded, record.Summary);
    }

    [Fact]
    public async Task The_display_helper_handle_updates_an_output_that_does_not_exist_but_the_context_handle_does()
    {
        await using var kernel = StockKernelSession.Start(StockKernelTool.StockAssembly, RepositoryNotebooks.Folder);

        var helper = await kernel.SubmitAsync("var h = display(\"epoch 0\");\nh.Update(\"epoch 1\");", CellTimeout);
        var context = await kernel.SubmitAsync(
            "var c = Microsoft.DotNet.Interactive.KernelInvocationContextExtensions.Display(Microsoft.DotNet.Interactive.KernelInvocationContext.Current, \"epoch 0\");\nc.Update(\"epoch 1\");",
            CellTimeout);

        // If a later .NET Interactive fixes display(x), the first assertion fails: then notebooks may use it again.
        Assert.Equal(1, helper.UnmatchedUpdates);
        Assert.Equal(0, context.UnmatchedUpdates);
    }

    [Fact]
    public async Task Without_the_first_setup_cell_the_kernel_cannot_load_Plotly_and_the_library_says_what_to_do()
    {
        await using var kernel = StockKernelSession.Start(StockKernelTool.StockAssembly, RepositoryNotebooks.Folder);
        var (first, second) = (CodeCells("01_data.ipynb").First(), CodeCells("01_data.ipynb").Skip(1).First());

        // The first cell without its last line: the library is loaded, the redirect is not installed.
        var library = await kernel.SubmitAsync(first.Replace("CourseLib.Setup.FSharpCoreRedirect.Install();", ""), CellTimeout);
        // PlotlyCompatibility is internal (no notebook calls it), so the cell reaches it by reflection.
        var problem = await kernel.SubmitAsync(
            "Console.WriteLine(typeof(CourseLib.Setup.FSharpCoreRedirect).Assembly.GetType(\"CourseLib.Setup.PlotlyCompatibility\", throwOnError: true)!" +
            ".GetMethod(\"Problem\", Type.EmptyTypes)!.Invoke(null, null));", CellTimeout);
        var packages = await kernel.SubmitAsync(second, CellTimeout);

        Assert.True(library.Succeeded, library.Error);
        Assert.Contains("this kernel runs FSharp.Core 10.0 and Plotly.NET 6 asks for 10.1", problem.StandardOutput);
        Assert.Contains("FSharpCoreRedirect.Install()", problem.StandardOutput);
        Assert.False(packages.Succeeded && !packages.StandardOutput.Contains("WARNING"),
            "without the redirect, loading Plotly.NET in the stock kernel was expected to fail or warn; if it no longer does, the first setup cell may not be needed");
    }
}
