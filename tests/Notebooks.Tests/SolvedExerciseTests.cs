using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CourseTests;
using NotebookRunner;

namespace Notebooks.Tests;

/// <summary>
/// The exercises notebook as a learner who followed the solutions would leave it: each TODO cell of the moons and the
/// spirals replaced by the solutions' code for that numbered step, everything else (the placeholders, the check
/// cells) as shipped. It must run, and its own check cells must then say "done": the scaffolding can be solved the
/// way it asks, and the checks follow the learner's variables.
/// </summary>
[Trait("Tier", "Full")]
public partial class SolvedExerciseTests
{
    [GeneratedRegex(@"^// TODO (?<exercise>[13])\.(?<step>\d) ")]
    private static partial Regex Todo();

    [GeneratedRegex(@"^### (?<step>\d)\. ")]
    private static partial Regex StepHeading();

    private static readonly Lazy<Task<ExecutedNotebook>> Solved = new(() => RunSolvedAsync(step => true));

    // A learner half-way through the moons: tensors and split made, no model yet; the spirals untouched.
    private static readonly Lazy<Task<ExecutedNotebook>> HalfWay = new(() => RunSolvedAsync(step => step is "1.1" or "1.2"));

    /// <summary>The code cells of 09_solutions under each numbered step heading, keyed "1.3" (exercise 1, step 3).</summary>
    private static Dictionary<string, List<string>> SolutionSteps(JsonArray cells)
    {
        var steps = new Dictionary<string, List<string>>();
        int exercise = 0;
        string? step = null;
        foreach (var cell in cells)
        {
            var source = cell!["source"].JoinedText();
            if ((string?)cell["cell_type"] == "markdown")
            {
                if (source.StartsWith("## Exercise ", StringComparison.Ordinal)) exercise = source[12] - '0';
                var heading = StepHeading().Match(source);
                // Only the numbered steps' own cells: "Did we reach the goal?" and the check cells are not a learner's step.
                step = heading.Success ? $"{exercise}.{heading.Groups["step"].Value}" : null;
            }
            else if (step is not null)
                (steps.TryGetValue(step, out var list) ? list : steps[step] = []).Add(source);
        }
        return steps;
    }

    private static async Task<ExecutedNotebook> RunSolvedAsync(Func<string, bool> solve)
    {
        var root = CourseNotebooks.Options.NotebooksRoot;
        var exercises = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(root, "09_exercises.ipynb")))!.AsObject();
        var solutions = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(root, "09_solutions.ipynb")))!.AsObject();
        var steps = SolutionSteps(solutions["cells"]!.AsArray());
        Assert.Equal(14, steps.Count); // seven steps for each of the two exercises

        var library = Path.Combine(Path.GetDirectoryName(root)!, "lib", "bin", "CourseLib.dll");
        foreach (var cell in exercises["cells"]!.AsArray())
        {
            var source = cell!["source"].JoinedText();
            var todo = Todo().Match(source);
            string step = $"{todo.Groups["exercise"].Value}.{todo.Groups["step"].Value}";
            if (todo.Success && solve(step))
                cell["source"] = string.Join("\n\n", steps[step]);
            else if (source.Contains("#r \"../lib/bin/CourseLib.dll\"", StringComparison.Ordinal))
                cell["source"] = source.Replace("../lib/bin/CourseLib.dll", library); // the copy runs outside notebooks/
        }

        TestTier.RequireFull("executes a notebook");
        var folder = Directory.CreateTempSubdirectory("solved-exercises-").FullName; // a folder per variant: one executed copy each
        try
        {
            var path = Path.Combine(folder, "09_exercises_solved.ipynb");
            await File.WriteAllTextAsync(path, exercises.ToJsonString());
            var result = await new NotebookExecutor(CourseNotebooks.Options, TextWriter.Null).RunAsync(path);
            Assert.True(result.Succeeded, result.Describe());
            return new ExecutedNotebook(JsonNode.Parse(await File.ReadAllTextAsync(result.ExecutedCopy!))!.AsObject());
        }
        finally
        {
            Directory.Delete(folder, recursive: true); // the executed copy stays under artifacts/executed/outside-notebooks/
        }
    }

    [Fact]
    public async Task The_exercises_filled_in_with_the_solutions_steps_pass_their_own_checks()
    {
        var output = (await Solved.Value).StandardOutput;

        Assert.Matches(@"Exercise 1: test accuracy \d+\.\d\d% > 96%: done", output);
        Assert.Matches(@"Exercise 3: test accuracy \d+\.\d\d% > 95%: done", output);
        Assert.Equal(8, Regex.Count(output, @"^  \[x\] ", RegexOptions.Multiline));
        Assert.DoesNotContain("[ ]", output);
    }

    [Fact]
    public async Task Filled_in_the_same_way_they_train_to_the_solutions_numbers()
    {
        var solved = ProgressLine.Runs((await Solved.Value).StandardOutput);
        var solutions = ProgressLine.Runs((await CourseNotebooks.ExecutedAsync("09_solutions.ipynb")).StandardOutput);

        Assert.Equal(2, solved.Count);
        Assert.Equal(solutions[0].Select(l => l.Text), solved[0].Select(l => l.Text)); // the moons, line for line
        Assert.Equal(solutions[1][0].Text, solved[1][0].Text);                         // the spirals' first epoch
    }

    [Fact]
    public async Task Half_way_through_the_check_ticks_the_steps_done_and_names_the_first_one_missing()
    {
        var output = (await HalfWay.Value).StandardOutput;

        Assert.Contains("  [x] tensors: XMoons [1000, 2] float32 and yMoons [1000] float32 hold moons.X and moons.Y\n", output);
        Assert.Contains("  [x] split: 800 samples to train, 200 to test (20%), each with its own label\n", output);
        Assert.Contains("  [ ] goal: test accuracy > 96%: waits for the model\n", output);
        Assert.Contains("Exercise 1: not done yet: moonModel is still null; build it with 2 inputs, 1 output (a logit)", output);
        Assert.Contains("Exercise 3: not done yet: XSpirals is still null;", output);
    }
}
