using System.Text.Json.Nodes;
using CourseTests;

namespace NotebookRunner.Tests;

public class RunningNotebooksTests : WithTestNotebooks
{
    [Fact]
    public async Task A_notebook_that_runs_is_saved_with_outputs_and_execution_counts()
    {
        var path = Notebooks.Write("ok.ipynb",
            "md:# Title",
            "Console.WriteLine(\"hello\");\nConsole.WriteLine(\"world\");",
            "var answer = 6 * 7;\nanswer");

        var result = await Notebooks.RunAsync(path);

        Assert.True(result.Succeeded, result.Describe());
        Assert.Equal((2, 2), (result.CodeCellsRun, result.CodeCells));
        var executed = TestNotebook.ReadExecuted(result);
        Assert.Equal(4, executed["nbformat"]!.GetValue<int>());
        var stream = Assert.Single(executed.Outputs(1)); // two writes, one stream output
        Assert.Equal(("stream", "stdout", "hello\nworld\n"),
            (stream!["output_type"]!.GetValue<string>(), stream["name"]!.GetValue<string>(), stream["text"].JoinedText()));
        var returned = Assert.Single(executed.Outputs(2))!;
        Assert.Equal("execute_result", returned["output_type"]!.GetValue<string>());
        Assert.Contains("<pre>42</pre>", returned["data"]!["text/html"].JoinedText());
        Assert.Equal([1, 2], new[] { 1, 2 }.Select(i => executed["cells"]![i]!["execution_count"]!.GetValue<int>()));
    }

    [Fact]
    public async Task A_failing_cell_is_reported_by_number_and_first_line_and_stops_the_notebook()
    {
        var path = Notebooks.Write("broken.ipynb",
            "md:# Broken",
            "var x = 1;",
            "// divide by zero on purpose\nvar zero = 0;\nConsole.WriteLine(x / zero);",
            "Console.WriteLine(\"never runs\");");

        var result = await Notebooks.RunAsync(path);

        Assert.Equal(NotebookStatus.Failed, result.Status);
        Assert.Equal(3, result.Failure!.CellNumber);
        Assert.Equal("// divide by zero on purpose", result.Failure.FirstLine);
        Assert.Equal("DivideByZeroException: Attempted to divide by zero.", result.Failure.Message);
        Assert.Equal(2, result.CodeCellsRun);
        var executed = TestNotebook.ReadExecuted(result);
        var error = Assert.Single(executed.Outputs(2))!;
        Assert.Equal(("error", "DivideByZeroException"), (error["output_type"]!.GetValue<string>(), error["ename"]!.GetValue<string>()));
        Assert.Empty(executed.Outputs(3));
    }

    [Fact]
    public async Task A_compile_error_names_the_cell_and_the_compiler_message()
    {
        var path = Notebooks.Write("typo.ipynb", "int x = \"text\";");

        var result = await Notebooks.RunAsync(path);

        Assert.Equal(1, result.Failure!.CellNumber);
        Assert.Contains("CS0029", result.Failure.Message);
        Assert.DoesNotContain("   at ", result.Describe());
    }

    [Fact]
    public async Task Relative_references_and_files_resolve_against_the_notebook_folder()
    {
        var library = Path.Combine(Notebooks.Folder, "refs", "Greeter.dll");
        TinyAssembly.Compile(library, "public static class Greeter { public static string Hello => \"hello from a relative #r\"; }");
        File.WriteAllText(Path.Combine(Notebooks.Folder, "course", "message.txt").EnsureFolder(), "read relative to the notebook");
        var path = Notebooks.Write(Path.Combine("course", "relative.ipynb"),
            "#r \"../refs/Greeter.dll\"\nConsole.WriteLine(Greeter.Hello);",
            "Console.WriteLine(System.IO.File.ReadAllText(\"message.txt\"));");
        var before = Directory.GetCurrentDirectory();

        var result = await Notebooks.RunAsync(path);

        Assert.True(result.Succeeded, result.Describe());
        var executed = TestNotebook.ReadExecuted(result);
        Assert.Equal("hello from a relative #r\n", executed.Outputs(0)[0]!["text"].JoinedText());
        Assert.Equal("read relative to the notebook\n", executed.Outputs(1)[0]!["text"].JoinedText());
        Assert.Equal(before, Directory.GetCurrentDirectory());
        Assert.Equal(Path.Combine(Notebooks.OutputFolder, "course", "relative.ipynb"), result.ExecutedCopy);
    }

    [Fact]
    public async Task A_cell_that_runs_too_long_times_out_with_a_clear_message()
    {
        var path = Notebooks.Write("slow.ipynb", "await Task.Delay(TimeSpan.FromSeconds(30));", "Console.WriteLine(\"after\");");

        var result = await Notebooks.RunAsync(path, cellTimeout: TimeSpan.FromSeconds(2));

        Assert.Equal(NotebookStatus.TimedOut, result.Status);
        Assert.Equal(1, result.Failure!.CellNumber);
        Assert.Contains("did not finish within 2 s", result.Failure.Message);
        Assert.Contains("--cell-timeout", result.Failure.Message);
        Assert.True(result.Duration < TimeSpan.FromSeconds(25), $"took {result.Duration}");
        Assert.Equal("TimeoutException", TestNotebook.ReadExecuted(result).Outputs(0)[0]!["ename"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_displayed_value_updated_in_place_keeps_only_its_final_state()
    {
        var path = Notebooks.Write("live.ipynb",
            "var handle = display(\"epoch 0\");\nfor (int epoch = 1; epoch <= 3; epoch++) handle.Update($\"epoch {epoch}\");\nConsole.WriteLine(\"done\");");

        var result = await Notebooks.RunAsync(path);

        Assert.True(result.Succeeded, result.Describe());
        var outputs = TestNotebook.ReadExecuted(result).Outputs(0);
        Assert.Equal(2, outputs.Count);
        Assert.Equal("display_data", outputs[0]!["output_type"]!.GetValue<string>());
        Assert.Equal("epoch 3", outputs[0]!["data"]!["text/plain"].JoinedText());
        Assert.Equal("done\n", outputs[1]!["text"].JoinedText());
    }

    [Theory]
    [InlineData("{ this is not json", "is not valid JSON")]
    [InlineData("{\"metadata\": {}}", "is not a Jupyter notebook")]
    public async Task A_malformed_notebook_gives_a_one_line_error(string content, string expected)
    {
        var path = Path.Combine(Notebooks.Folder, "malformed.ipynb");
        File.WriteAllText(path, content);

        var result = await Notebooks.RunAsync(path);

        Assert.Equal(NotebookStatus.Unreadable, result.Status);
        Assert.Contains(expected, result.Error);
        Assert.DoesNotContain('\n', result.Describe());
    }

    [Fact]
    public async Task A_raw_cell_is_kept_but_not_run()
    {
        var notebook = TestNotebook.Json("Console.WriteLine(1);", "Console.WriteLine(2);");
        notebook["cells"]!.AsArray().Insert(1, new JsonObject { ["cell_type"] = "raw", ["metadata"] = new JsonObject(), ["source"] = "not code at all {" });
        var path = Notebooks.Write("raw.ipynb", notebook);

        var result = await Notebooks.RunAsync(path);

        Assert.True(result.Succeeded, result.Describe());
        Assert.Equal((2, 2), (result.CodeCellsRun, result.CodeCells));
        var executed = TestNotebook.ReadExecuted(result);
        Assert.Equal("not code at all {", executed["cells"]![1]!["source"].JoinedText());
        Assert.Empty(executed.Outputs(1));
        Assert.Equal("2\n", executed.Outputs(2)[0]!["text"].JoinedText());
    }

    [Fact]
    public async Task A_missing_notebook_gives_a_one_line_error()
    {
        var result = await Notebooks.RunAsync(Path.Combine(Notebooks.Folder, "nowhere.ipynb"));

        Assert.Equal(NotebookStatus.Unreadable, result.Status);
        Assert.Equal($"{result.Notebook}: no such notebook: {result.Notebook}", result.Describe());
    }
}

internal static class PathExtensions
{
    public static string EnsureFolder(this string file)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        return file;
    }
}
