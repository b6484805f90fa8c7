using SiteBuilder.Site;

// Builds the course website from the executed notebooks:
//   dotnet run --project tools/NotebookRunner     (writes artifacts/executed/)
//   dotnet run --project tools/SiteBuilder        (writes artifacts/site/; open artifacts/site/index.html)
// Options: --executed DIR (default artifacts/executed), --out DIR (default artifacts/site).
try
{
    var options = SiteCommandLine.Parse(args, () => SiteOptions.ForRepository(Directory.GetCurrentDirectory()));
    if (options is null)
    {
        Console.WriteLine(SiteCommandLine.Usage);
        return 0;
    }
    var result = SiteGenerator.Build(options);
    Console.WriteLine($"Site written to {options.SiteRoot}: index.html and {result.Chapters.Count} chapter pages, {result.ChartCount} charts.");
    foreach (var chapter in result.Chapters)
        Console.WriteLine($"  {chapter.PageName,-32} {chapter.Title}");
    return 0;
}
catch (Exception e) when (e is ArgumentException or DirectoryNotFoundException or InvalidDataException)
{
    Console.Error.WriteLine(e.Message);
    return 1;
}
