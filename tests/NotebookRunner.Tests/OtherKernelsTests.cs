using System.Text.Json.Nodes;
using CourseTests;

namespace NotebookRunner.Tests;

/// <summary>Cells and notebooks for kernels the runner does not have get a failure that says so.</summary>
public class OtherKernelsTests : WithTestNotebooks
{
    [Theory]
    [InlineData("#!fsharp\nlet answer = 42", "F#")]
    [InlineData("#!pwsh\nGet-ChildItem", "PowerShell")]
    [InlineData("#!sql\nSELECT 1", "SQL")]
    [InlineData("var x = 1;\n#!f#\nprintfn \"%d\" 2", "F#")]
    public async Task A_cell_selecting_another_kernel_fails_naming_its_language_and_the_cells_before_it_run(string cell, string language)
    {
        var path = Notebooks.Write("mixed.ipynb", "Console.WriteLine(\"C# first\");", cell, "Console.WriteLine(\"never\");");

        var result = await Notebooks.RunAsync(path);

        Assert.Equal(NotebookStatus.Failed, result.Status);
        Assert.Equal(2, result.Failure!.CellNumber);
        Assert.StartsWith($"this runner runs C# cells; cell 2 is {language}.", result.Failure.Message);
        var executed = TestNotebook.ReadExecuted(result);
        Assert.Equal("C# first\n", executed.Outputs(0)[0]!["text"].JoinedText());
        Assert.StartsWith($"this runner runs C# cells; cell 2 is {language}.", (string?)Assert.Single(executed.Outputs(1))!["evalue"]);
    }

    [Theory]
    [InlineData("polyglot_notebook", "kernelName", "fsharp", "F#")]
    [InlineData("dotnet_interactive", "language", "pwsh", "PowerShell")]
    public async Task A_cell_whose_metadata_names_another_kernel_fails_naming_its_language(string section, string key, string kernel, string language)
    {
        var notebook = TestNotebook.Json("Console.WriteLine(1);", "let x = 1");
        notebook["cells"]![1]!["metadata"] = new JsonObject { [section] = new JsonObject { [key] = kernel } };
        var path = Notebooks.Write("by-metadata.ipynb", notebook);

        var result = await Notebooks.RunAsync(path);

        Assert.Equal((NotebookStatus.Failed, 2), (result.Status, result.Failure!.CellNumber));
        Assert.StartsWith($"this runner runs C# cells; cell 2 is {language}.", result.Failure.Message);
    }

    [Fact]
    public async Task An_FSharp_notebook_fails_at_its_first_cell_naming_FSharp()
    {
        var notebook = TestNotebook.Json("printfn \"hello\"");
        notebook["metadata"] = new JsonObject
        {
            ["kernelspec"] = new JsonObject { ["display_name"] = ".NET (F#)", ["language"] = "F#", ["name"] = ".net-fsharp" },
        };
        notebook["cells"]![0]!["metadata"] = new JsonObject();
        var path = Notebooks.Write("fsharp.ipynb", notebook);

        var result = await Notebooks.RunAsync(path);

        Assert.Equal(NotebookStatus.Failed, result.Status);
        Assert.StartsWith("this runner runs C# cells; cell 1 is F#.", result.Failure!.Message);
    }

    [Theory]
    [InlineData("kernelspec", "{\"name\": \"python3\", \"language\": \"python\", \"display_name\": \"Python 3\"}")]
    [InlineData("language_info", "{\"name\": \"python\", \"version\": \"3.11\"}")]
    public async Task A_Python_notebook_is_refused_as_one_not_run_as_CSharp(string key, string value)
    {
        var notebook = TestNotebook.Json("print('hello')");
        notebook["metadata"] = new JsonObject { [key] = JsonNode.Parse(value) };
        notebook["cells"]![0]!["metadata"] = new JsonObject();
        var path = Notebooks.Write("python.ipynb", notebook);

        var result = await Notebooks.RunAsync(path);

        Assert.Equal(NotebookStatus.Unsupported, result.Status);
        Assert.Contains("is a Python notebook", result.Error);
        Assert.Contains("this runner runs C# notebooks", result.Error);
        Assert.Null(result.ExecutedCopy);
    }

    [Fact]
    public async Task A_cell_starting_with_time_runs_and_prints_its_wall_time_after_its_output()
    {
        var path = Notebooks.Write("timed.ipynb", "#!time\nConsole.WriteLine(\"timed\");\nawait Task.Delay(200);");

        var result = await Notebooks.RunAsync(path);

        Assert.True(result.Succeeded, result.Describe());
        var text = Assert.Single(TestNotebook.ReadExecuted(result).Outputs(0))!["text"].JoinedText();
        var match = System.Text.RegularExpressions.Regex.Match(text, @"^timed\nWall time: (\d+\.\d) ms\n$");
        Assert.True(match.Success, text);
        Assert.InRange(double.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), 200, 60_000);
    }

    [Fact]
    public async Task A_compile_error_in_a_time_cell_keeps_the_cells_line_numbers()
    {
        var path = Notebooks.Write("timed-typo.ipynb", "#!time\nint x = \"text\";");

        var result = await Notebooks.RunAsync(path);

        Assert.Equal(NotebookStatus.Failed, result.Status);
        Assert.Contains("(2,9)", result.Failure!.Message);
        Assert.Contains("CS0029", result.Failure.Message);
    }
}
