using AppGenerator;
using CourseTools;

// Makes apps/NN_name.cs from every notebooks/NN_name.ipynb:
//   dotnet run --project tools/AppGenerator              (writes every program that changed)
//   dotnet run --project tools/AppGenerator -- --check   (writes nothing; exits 1 naming the programs out of date)
const string tool = "AppGenerator";
var usage = $"""
    Usage: {AppWriter.RegenerateCommand} [-- --check]
      Makes apps/NN_name.cs from every notebooks/NN_name.ipynb, writing only the programs that changed.
      --check                  write nothing; list the programs out of date with their notebooks
    {ToolCommandLine.HelpOption}
    {ToolCommandLine.ExitCodes("a notebook cannot be converted, or with --check a program is out of date")}
    """;
var check = false;
foreach (var argument in args)
{
    if (ToolCommandLine.IsHelp(argument))
    {
        Console.WriteLine(usage);
        return ToolCommandLine.Success;
    }
    if (argument != "--check")
        return ToolCommandLine.Refuse(tool, ToolCommandLine.UnknownOption(argument), usage);
    check = true;
}

var folder = new AppFolder(RepositoryRoot.Find(Directory.GetCurrentDirectory()));
var stale = new List<string>();
try
{
    foreach (var notebook in folder.Notebooks())
    {
        var (context, program, isCurrent) = folder.Check(notebook);
        var appName = $"apps/{context.ChapterName}.cs";
        if (isCurrent)
        {
            Console.WriteLine($"  current  {appName}");
            continue;
        }
        stale.Add(appName);
        if (check)
        {
            Console.WriteLine($"  stale    {appName} (from {context.NotebookName})");
            continue;
        }
        Directory.CreateDirectory(context.AppsFolder);
        File.WriteAllText(context.AppPath, program);
        Console.WriteLine($"  written  {appName}");
    }
}
catch (ConversionException e)
{
    Console.Error.WriteLine($"Cannot convert {e.Message}");
    return ToolCommandLine.FailureFound;
}

foreach (var orphan in folder.Orphans())
{
    Console.WriteLine($"  orphan   apps/{Path.GetFileName(orphan)}: no notebook of that name; delete it");
    stale.Add(orphan);
}

if (check && stale.Count > 0)
{
    Console.Error.WriteLine($"{stale.Count} program(s) out of date with their notebooks: {string.Join(", ", stale)}. Regenerate with: {AppWriter.RegenerateCommand}");
    return ToolCommandLine.FailureFound;
}
return ToolCommandLine.Success;
