namespace Doctor.Tests.StockKernel;

/// <summary>
/// The closest headless stand-in for VS Code: every notebook through the stock dotnet-interactive tool
/// (with the doctor's documented FSharp.Core fix), cell by cell, failing on any cell error.
/// </summary>
[Trait("Category", "StockKernel")]
public class StockKernelTests
{
    private static readonly TimeSpan CellTimeout = TimeSpan.FromMinutes(10);

    private static IEnumerable<string> CodeCells(string notebook) => RepositoryNotebooks.CodeCells(notebook);

    [Theory]
    [MemberData(nameof(RepositoryNotebooks.All), MemberType = typeof(RepositoryNotebooks))]
    public async Task Runs_in_the_stock_kernel_after_doctor_fix(string notebook)
    {
        await using var kernel = StockKernelSession.Start(StockKernelTool.FixedAssembly, RepositoryNotebooks.Folder);
        int number = 0;
        foreach (var code in CodeCells(notebook))
        {
            number++;
            var outcome = await kernel.SubmitAsync(code, CellTimeout);
            Assert.True(outcome.Succeeded, $"{notebook}, code cell {number} ({code.Split('\n')[0]}): {outcome.Error}");
            Assert.True(outcome.UnmatchedUpdates == 0,
                $"{notebook}, code cell {number}: {outcome.UnmatchedUpdates} display update(s) VS Code cannot place; display through KernelInvocationContext.Current.Display, not display(x)");
        }
    }

    [Fact]
    public async Task The_display_helper_handle_updates_an_output_that_does_not_exist_but_the_context_handle_does()
    {
        await using var kernel = StockKernelSession.Start(StockKernelTool.FixedAssembly, RepositoryNotebooks.Folder);

        var helper = await kernel.SubmitAsync("var h = display(\"epoch 0\");\nh.Update(\"epoch 1\");", CellTimeout);
        var context = await kernel.SubmitAsync(
            "var c = Microsoft.DotNet.Interactive.KernelInvocationContextExtensions.Display(Microsoft.DotNet.Interactive.KernelInvocationContext.Current, \"epoch 0\");\nc.Update(\"epoch 1\");",
            CellTimeout);

        // If a later .NET Interactive fixes display(x), the first assertion fails: then notebooks may use it again.
        Assert.Equal(1, helper.UnmatchedUpdates);
        Assert.Equal(0, context.UnmatchedUpdates);
    }

    [Fact]
    public async Task Without_the_fix_the_setup_cell_says_what_to_do_instead_of_failing_later()
    {
        await using var kernel = StockKernelSession.Start(StockKernelTool.StockAssembly, RepositoryNotebooks.Folder);

        var setup = await kernel.SubmitAsync(CodeCells("01_data.ipynb").First(), CellTimeout);

        Assert.True(setup.Succeeded, setup.Error);
        Assert.Contains("this kernel runs FSharp.Core 10.0, but Plotly.NET 6 charts need 10.1", setup.StandardOutput);
        Assert.Contains("dotnet run --project tools/Doctor -- --fix", setup.StandardOutput);
    }
}
