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
        }
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
