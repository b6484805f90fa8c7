using CourseTests;
using CourseTools;
using ExecutionStage;

// Executes each course notebook once per front end into artifacts/, reusing copies whose inputs are unchanged:
//   dotnet run --project tools/ExecutionStage                                  (every front end, every notebook)
//   dotnet run --project tools/ExecutionStage -- --front-end jupyter 05_non_linearity.ipynb
const string tool = "ExecutionStage";
var root = RepositoryRoot.Find(Directory.GetCurrentDirectory());
var frontEnds = Stage.FrontEnds(root);
var usage = $"""
    Usage: dotnet run --project tools/ExecutionStage [-- [options] [NOTEBOOK ...]]
      Executes each notebook (a path below notebooks/; default: every one) once per front end into artifacts/,
      reusing a copy whose inputs (notebook, lib build, package versions, data, program) are unchanged.
      --front-end NAME         only this front end (repeatable): {string.Join(", ", frontEnds.Select(f => f.Name))}
      --force                  execute even where a current copy exists
      --jobs N                 notebooks executed side by side (default 2, one per core here)
    {ToolCommandLine.HelpOption}
    {ToolCommandLine.ExitCodes("a notebook failed in a front end")}
    """;

var chosen = new List<IFrontEnd>();
var notebooks = new List<string>();
var force = false;
var jobs = 2;
try
{
    for (int i = 0; i < args.Length; i++)
    {
        switch (args[i])
        {
            case var help when ToolCommandLine.IsHelp(help):
                Console.WriteLine(usage);
                return ToolCommandLine.Success;
            case "--front-end":
                var name = ToolCommandLine.ValueOf(args, ref i, "a front end's name");
                chosen.Add(frontEnds.FirstOrDefault(f => f.Name == name)
                    ?? throw new UsageException($"--front-end {name} is not a front end; the front ends are {string.Join(", ", frontEnds.Select(f => f.Name))}"));
                break;
            case "--force":
                force = true;
                break;
            case "--jobs":
                var value = ToolCommandLine.ValueOf(args, ref i, "a number of notebooks, 1 to 4");
                if (!int.TryParse(value, out jobs) || jobs is < 1 or > 4)
                    throw new UsageException($"--jobs {value} is not a number from 1 to 4");
                break;
            case var option when option.StartsWith("--", StringComparison.Ordinal):
                throw ToolCommandLine.UnknownOption(option);
            default:
                notebooks.Add(CourseNotebook(root, args[i]));
                break;
        }
    }
}
catch (UsageException problem)
{
    return ToolCommandLine.Refuse(tool, problem, usage);
}

if (chosen.Count == 0) chosen.AddRange(frontEnds);
if (notebooks.Count == 0) notebooks.AddRange(CourseNotebookFiles.In(Path.Combine(root, "notebooks")));

var stage = new Stage(root, Console.Out);
var all = await new StageQueue(chosen.Distinct().SelectMany(frontEnd => notebooks.Select(notebook => (frontEnd, notebook))), jobs)
    .RunAsync(item => stage.BringUpToDateAsync(item.FrontEnd, item.Notebook, force));
var failed = all.Where(r => !r.Succeeded).ToList();
Console.WriteLine($"Stage: {all.Count} copies ({string.Join(", ", chosen.Distinct().Select(f => f.Name))}), {failed.Count} failed.");
foreach (var failure in failed)
    Console.WriteLine($"  ✘ {failure.FrontEnd}: {failure.Summary}");
return failed.Count == 0 ? ToolCommandLine.Success : ToolCommandLine.FailureFound;

// "notebooks/05_x.ipynb" or "05_x.ipynb" -> "05_x.ipynb"; anything else is refused.
static string CourseNotebook(string root, string argument)
{
    var notebooksFolder = Path.Combine(root, "notebooks");
    var full = Path.GetFullPath(argument, File.Exists(argument) ? Directory.GetCurrentDirectory() : notebooksFolder);
    var relative = Path.GetRelativePath(notebooksFolder, full).Replace('\\', '/');
    if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) || !File.Exists(full) || !relative.EndsWith(".ipynb", StringComparison.Ordinal))
        throw new UsageException($"{argument} is not a course notebook (a .ipynb below notebooks/)");
    return relative;
}
