using CourseTests;

namespace NotebookRunner.Tests;

/// <summary>
/// What a cell writes lands in its outputs complete and in order. (How fast many writes are recorded is measured
/// in benchmarks/NotebookRunner.Benchmarks, not here.)
/// </summary>
public class ManyWritesTests : WithTestNotebooks
{
    [Fact]
    public async Task A_hundred_thousand_writes_are_one_stream_output_holding_every_line_in_order()
    {
        var path = Notebooks.Write("writes.ipynb", "for (int i = 0; i < 100_000; i++) Console.WriteLine(i);");

        var result = await Notebooks.RunAsync(path);

        Assert.True(result.Succeeded, result.Describe());
        var stream = Assert.Single(TestNotebook.ReadExecuted(result).Outputs(0))!;
        Assert.Equal(string.Concat(Enumerable.Range(0, 100_000).Select(i => $"{i}\n")), stream["text"].JoinedText());
    }

    [Fact]
    public async Task Standard_output_and_error_interleaved_stay_separate_outputs_in_the_order_written()
    {
        var path = Notebooks.Write("interleaved.ipynb",
            "Console.Write(\"a\"); Console.Write(\"b\"); Console.Error.Write(\"E\"); Console.Write(\"c\");\ndisplay(\"shown\");\nConsole.Write(\"d\");",
            "#!time\nConsole.Write(\"e\");");

        var result = await Notebooks.RunAsync(path);

        Assert.True(result.Succeeded, result.Describe());
        var executed = TestNotebook.ReadExecuted(result);
        var outputs = executed.Outputs(0).Select(o => ((string?)o!["output_type"], (string?)o["name"], o["text"]?.JoinedText())).ToList();
        Assert.Equal([("stream", "stdout", "ab"), ("stream", "stderr", "E"), ("stream", "stdout", "c"), ("display_data", null, null), ("stream", "stdout", "d")], outputs);
        Assert.Matches(@"^eWall time: \d+\.\d ms\n$", Assert.Single(executed.Outputs(1))!["text"].JoinedText());
    }
}
