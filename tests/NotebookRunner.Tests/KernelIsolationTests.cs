using System.Diagnostics;
using System.Text.Json.Nodes;
using CourseTests;

namespace NotebookRunner.Tests;

/// <summary>The runner's command runs each notebook in a kernel process of its own: no cell can take it down.</summary>
public class KernelIsolationTests : WithTestNotebooks
{
    [Trait("Tier", "Full")] // runs the runner as a process, kernel processes and all
    [Theory]
    [InlineData("Environment.Exit(3);", "exit code 3, nothing on standard error")]
    [InlineData("int Deeper(int n) => Deeper(n + 1) + 1;\nDeeper(0);", "exit code 134 (SIGABRT: the runtime aborted): Stack overflow.")]
    [InlineData("new System.Threading.Thread(() => throw new InvalidOperationException(\"thrown on another thread\")).Start();\nSystem.Threading.Thread.Sleep(30_000);",
        "exit code 134 (SIGABRT: the runtime aborted): Unhandled exception. System.InvalidOperationException: thrown on another thread")]
    public async Task A_cell_that_kills_its_kernel_is_reported_with_its_cell_and_the_next_notebook_still_runs(string fatalCell, string why)
    {
        var repo = RunnerProcess.FakeRepository(Notebooks.Folder);
        Notebooks.Write(Path.Combine("notebooks", "01_dies.ipynb"), "Console.WriteLine(\"before\");", "md:# Then", fatalCell, "Console.WriteLine(\"never\");");
        Notebooks.Write(Path.Combine("notebooks", "02_fine.ipynb"), "Console.WriteLine(\"still running\");");

        var run = await RunnerProcess.RunAsync(repo, null);

        Assert.Equal(1, run.ExitCode);
        var died = $"the kernel died in cell 3 of 4: {why}";
        Assert.Contains($"notebooks/01_dies.ipynb: crashed at cell 3 ({FailureText.FirstLine(fatalCell)}): {died}", run.Errors);
        Assert.Matches(@"notebooks/01_dies\.ipynb\s+2/3\s+\d+\.\d\s+crashed", run.Output);
        Assert.Matches(@"notebooks/02_fine\.ipynb\s+1/1\s+\d+\.\d\s+passed", run.Output);
        Assert.Contains("1 passed, 1 failed", run.Output);

        var executed = ReadExecuted(repo, "01_dies.ipynb");
        Assert.Equal("before\n", Assert.Single(executed.Outputs(0))!["text"].JoinedText());
        var error = Assert.Single(executed.Outputs(2))!;
        Assert.Equal(("error", "KernelDied", died), ((string?)error["output_type"], (string?)error["ename"], (string?)error["evalue"]));
        Assert.Equal(2, executed["cells"]![2]!["execution_count"]!.GetValue<int>());
        Assert.Empty(executed.Outputs(3));
        Assert.Equal("still running\n", ReadExecuted(repo, "02_fine.ipynb").Outputs(0)[0]!["text"].JoinedText());
    }

    [Trait("Tier", "Full")] // runs the runner as a process, kernel processes and all
    [Fact]
    public async Task A_cell_that_runs_too_long_is_stopped_for_real_and_the_next_notebook_runs()
    {
        var repo = RunnerProcess.FakeRepository(Notebooks.Folder);
        var pidFile = Path.Combine(repo, "kernel.pid");
        Notebooks.Write(Path.Combine("notebooks", "01_spins.ipynb"),
            $"System.IO.File.WriteAllText(@\"{pidFile}\", Environment.ProcessId.ToString());\nConsole.WriteLine(\"started\");",
            "while (true) { }",
            "Console.WriteLine(\"never\");");
        Notebooks.Write(Path.Combine("notebooks", "02_fine.ipynb"), "Console.WriteLine(\"still running\");");

        // Long enough for a fresh kernel's first cell (the C# compiler warms up in it) on a busy machine.
        var run = await RunnerProcess.RunAsync(repo, null, "--cell-timeout", "15");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("notebooks/01_spins.ipynb: timedout at cell 2 (while (true) { }): The cell did not finish within 15 s.", run.Errors);
        Assert.Matches(@"notebooks/01_spins\.ipynb\s+2/3\s+\d+\.\d\s+timedout", run.Output);
        Assert.Matches(@"notebooks/02_fine\.ipynb\s+1/1\s+\d+\.\d\s+passed", run.Output);
        Assert.False(IsRunning(int.Parse(File.ReadAllText(pidFile))), "the kernel process that spun is still running");

        var executed = ReadExecuted(repo, "01_spins.ipynb");
        Assert.Equal("started\n", executed.Outputs(0)[0]!["text"].JoinedText());
        Assert.Equal("TimeoutException", (string?)Assert.Single(executed.Outputs(1))!["ename"]);
        Assert.Empty(executed.Outputs(2));
    }

    [Trait("Tier", "Full")] // runs the runner as a process, kernel processes and all
    [Fact]
    public async Task A_cell_that_reads_the_console_gets_the_end_of_input_instead_of_waiting()
    {
        var repo = RunnerProcess.FakeRepository(Notebooks.Folder);
        Notebooks.Write(Path.Combine("notebooks", "01_reads.ipynb"), "Console.WriteLine(Console.ReadLine() ?? \"end of input\");");

        var run = await RunnerProcess.RunAsync(repo, null, "--cell-timeout", "60");

        Assert.True(run.ExitCode == 0, run.Output + run.Errors);
        Assert.Equal("end of input\n", ReadExecuted(repo, "01_reads.ipynb").Outputs(0)[0]!["text"].JoinedText());
    }

    private static JsonObject ReadExecuted(string repo, string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(repo, "artifacts", "executed", name)))!.AsObject();

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
