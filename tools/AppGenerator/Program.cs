using AppGenerator;
using CourseTools;

// Makes apps/NN_name.cs from every notebooks/NN_name.ipynb:
//   dotnet run --project tools/AppGenerator              (writes every program that changed)
//   dotnet run --project tools/AppGenerator -- --check   (writes nothing; exits 1 naming the programs out of date)
var check = args.Contains("--check");
var unknown = args.Where(a => a != "--check").ToList();
if (unknown.Count > 0)
{
    Console.Error.WriteLine($"Unknown argument(s): {string.Join(' ', unknown)}. Usage: {AppWriter.RegenerateCommand} [-- --check]");
    return 2;
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
    return 1;
}

foreach (var orphan in folder.Orphans())
{
    Console.WriteLine($"  orphan   apps/{Path.GetFileName(orphan)}: no notebook of that name; delete it");
    stale.Add(orphan);
}

if (check && stale.Count > 0)
{
    Console.Error.WriteLine($"{stale.Count} program(s) out of date with their notebooks: {string.Join(", ", stale)}. Regenerate with: {AppWriter.RegenerateCommand}");
    return 1;
}
return 0;
