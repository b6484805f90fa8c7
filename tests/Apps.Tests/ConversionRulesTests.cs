using AppGenerator;

namespace Apps.Tests;

/// <summary>The generator's rules, each on a small notebook written for the test.</summary>
public sealed class ConversionRulesTests : IDisposable
{
    private readonly TempRepository _repository = new();

    public void Dispose() => _repository.Dispose();

    private static string[] Lines(string program) => program.Split('\n');

    [Fact]
    public void A_cells_last_expression_is_shown_and_a_bare_name_counts_too()
    {
        var program = _repository.Generate("var table = 1;\ntable.ToString()", "var grid = 2;\ngrid");

        Assert.Contains("Show(table.ToString());", Lines(program));
        Assert.Contains("Show(grid);", Lines(program));
    }

    [Fact]
    public void A_last_call_that_prints_by_itself_only_gets_its_semicolon()
    {
        var program = _repository.Generate("Console.WriteLine(1)", "display(2)");

        Assert.Contains("Console.WriteLine(1);", Lines(program));
        Assert.Contains("Show(2);", Lines(program));
        Assert.DoesNotContain("Show(Console", program);
    }

    [Fact]
    public void A_multi_line_expression_with_a_comment_after_it_is_wrapped_before_the_comment()
    {
        var program = _repository.Generate("Math.Max(\n    1, 2)   // the larger");

        Assert.Contains("Show(Math.Max(\n    1, 2));   // the larger", program);
    }

    [Fact]
    public void Usings_go_to_the_top_once_and_the_interactive_ones_are_dropped()
    {
        var program = _repository.Generate("using System.Text;\nvar a = 1;", "using System.Text;\nusing Microsoft.DotNet.Interactive;\nvar b = 2;");

        var lines = Lines(program);
        Assert.Single(lines, l => l == "using System.Text;");
        Assert.DoesNotContain(lines, l => l.Contains("Microsoft.DotNet.Interactive"));
        Assert.True(Array.IndexOf(lines, "using System.Text;") < Array.IndexOf(lines, "var a = 1;"));
        Assert.Contains(AppWriter.AppUsing, lines);
    }

    [Fact]
    public void Types_move_after_the_statements_and_leave_a_note_where_they_were()
    {
        var program = _repository.Generate("/// <summary>A record.</summary>\npublic record Point(int X);\nvar p = new Point(1);", "Console.WriteLine(p);");

        var note = program.IndexOf("// Point: declared at the end of this file", StringComparison.Ordinal);
        var lastStatement = program.IndexOf("Console.WriteLine(p);", StringComparison.Ordinal);
        var type = program.IndexOf("/// <summary>A record.</summary>\npublic record Point(int X);", StringComparison.Ordinal);
        Assert.True(note >= 0 && lastStatement > note && type > lastStatement, program);
    }

    [Fact]
    public void A_name_declared_again_in_a_later_cell_gets_that_cells_number_from_there_on()
    {
        var program = _repository.Generate("var loss = 1.0;", "var loss = 2.0;\nConsole.WriteLine(loss);", "Console.WriteLine(loss + 1);");

        var lines = Lines(program);
        Assert.Contains("var loss = 1.0;", lines);
        Assert.Contains("var loss2 = 2.0;", lines);
        Assert.Contains("Console.WriteLine(loss2);", lines);
        Assert.Contains("Console.WriteLine(loss2 + 1);", lines);
        Assert.Contains(lines, l => l.Contains("'loss' is 'loss2' from here on"));
    }

    [Fact]
    public void A_loop_variable_named_like_another_cells_variable_is_renamed_inside_its_loop_only()
    {
        var program = _repository.Generate("foreach (var line in new[] { \"a\" })\n    Console.WriteLine(line);", "var line = 3;\nConsole.WriteLine(line);");

        var lines = Lines(program);
        Assert.Contains("foreach (var line1 in new[] { \"a\" })", lines);
        Assert.Contains("    Console.WriteLine(line1);", lines);
        Assert.Contains("var line = 3;", lines);
        Assert.Contains("Console.WriteLine(line);", lines);
    }

    [Fact]
    public void Members_lambda_parameters_and_named_arguments_of_that_name_keep_it()
    {
        var program = _repository.Generate(
            "var x = 1;",
            "var x = 2;\nvar f = (int x) => x + 1;\nvar s = new { x = 5 };\nConsole.WriteLine(s.x + f(x: 1));");

        var lines = Lines(program);
        Assert.Contains("var x2 = 2;", lines);
        Assert.Contains("var f = (int x) => x + 1;", lines);
        Assert.Contains("var s = new { x = 5 };", lines);
        Assert.Contains("Console.WriteLine(s.x + f(x: 1));", lines);
    }

    [Fact]
    public void Types_are_not_touched_by_a_rename()
    {
        var program = _repository.Generate("var size = 1;", "var size = 2;\nclass Box { int size = 3; int Size => size; }");

        Assert.Contains("class Box { int size = 3; int Size => size; }", program);
    }

    [Fact]
    public void The_notebook_display_helpers_become_show_calls()
    {
        var program = _repository.Generate(
            "using Microsoft.DotNet.Interactive;\nvar live = KernelInvocationContext.Current.Display(1).Update;",
            "if (true) { display(3); }");

        Assert.Contains("var live = ShowLive(1).Update;", Lines(program));
        Assert.Contains("if (true) { Show(3); }", Lines(program));
    }

    [Fact]
    public void The_setup_cells_become_directives_and_a_comment_for_each_notebook_only_statement()
    {
        var program = _repository.Generate(
            "#r \"../lib/bin/CourseLib.dll\"\n\nCourseLib.Setup.FSharpCoreRedirect.Install();",
            "#r \"nuget: TorchSharp-cpu, 0.107.0\"\n#r \"nuget: Plotly.NET.Interactive, 6.0.0\"\n#r \"nuget: Plotly.NET\"\n" +
            "CourseLib.Setup.OfflineCharts.Enable().DisplayAs(\"text/html\");");

        var lines = Lines(program);
        Assert.Equal(["#:project ../lib/CourseLib.csproj", "#:package TorchSharp-cpu", "#:package Plotly.NET"],
            lines.Where(l => l.StartsWith("#:", StringComparison.Ordinal)));
        Assert.DoesNotContain("Plotly.NET.Interactive", program);
        Assert.DoesNotContain("FSharpCoreRedirect.Install()", program);
        Assert.DoesNotContain(".DisplayAs(", program);
        Assert.Contains(lines, l => l.StartsWith("// (Notebook only: FSharpCoreRedirect", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("// (Notebook only: OfflineCharts", StringComparison.Ordinal));
        Assert.Contains("StartChapter(chartFolder: \"../artifacts/apps/01_test\");", lines);
    }

    [Fact]
    public void A_package_the_repository_does_not_pin_stops_the_generator_naming_the_cell()
    {
        var e = Assert.Throws<ConversionException>(() => _repository.Generate("md:# Title", "#r \"nuget: Newtonsoft.Json, 13.0.3\""));

        Assert.Equal("notebooks/01_test.ipynb cell 2", e.Where);
        Assert.Contains("Directory.Packages.props does not pin", e.Message);
        Assert.Contains("<PackageVersion Include=\"Newtonsoft.Json\"", e.Message);
    }

    [Fact]
    public void A_version_other_than_the_pinned_one_stops_the_generator()
    {
        var e = Assert.Throws<ConversionException>(() => _repository.Generate("#r \"nuget: TorchSharp-cpu, 0.105.0\""));

        Assert.Contains("asks for TorchSharp-cpu 0.105.0, but Directory.Packages.props pins 0.107.0", e.Message);
    }

    [Fact]
    public void An_assembly_no_project_builds_stops_the_generator()
    {
        var e = Assert.Throws<ConversionException>(() => _repository.Generate("#r \"../lib/bin/Other.dll\""));

        Assert.Contains("no Other.csproj in the repository builds", e.Message);
    }

    [Fact]
    public void Kernel_code_no_rule_covers_stops_the_generator_naming_it()
    {
        var e = Assert.Throws<ConversionException>(() => _repository.Generate("var x = 1;", "Microsoft.DotNet.Interactive.Kernel.Root.ToString();"));

        Assert.Equal("notebooks/01_test.ipynb cell 2", e.Where);
        Assert.Contains("`Kernel.Root` needs the notebook kernel", e.Message);
    }

    [Fact]
    public void A_cell_that_is_not_csharp_stops_the_generator_with_the_line()
    {
        var e = Assert.Throws<ConversionException>(() => _repository.Generate("var x = ;\nvar y = 1;"));

        Assert.Contains("does not parse as C#: line 1:", e.Message);
    }

    [Fact]
    public void Magic_commands_become_comments()
    {
        var program = _repository.Generate("#!time\nvar x = 1;");

        Assert.Contains("// (notebook magic command, no meaning in a program: #!time)", Lines(program));
    }

    [Fact]
    public void Markdown_cells_become_their_headings_or_first_sentence()
    {
        var program = _repository.Generate(
            "md:# 07 · Metrics\n\nLong prose that stays in the notebook.",
            "md:Half the points are on **each** circle: the classes are balanced. More prose.",
            "md:See [the docs](https://example.org) for more. Then more.",
            "var x = 1;");

        var lines = Lines(program);
        Assert.Contains("// # 07 · Metrics", lines);
        Assert.DoesNotContain("Long prose", program);
        Assert.Contains("// Half the points are on each circle:", lines);
        Assert.Contains("// See the docs for more.", lines);
        Assert.StartsWith("// 07 · Metrics: the notebook notebooks/01_test.ipynb as a program.", program);
    }
}
