using System.Diagnostics;
using CourseTools;
using SiteBuilder.Downloads;
using SiteBuilder.Site;

// Builds the course website from the executed notebooks:
//   dotnet run --project tools/NotebookRunner     (writes artifacts/executed/)
//   dotnet run --project tools/SiteBuilder        (writes artifacts/site/; open artifacts/site/index.html)
// Options: --executed DIR, --out DIR, --notebooks DIR, --repository URL (see --help).
try
{
    var options = SiteCommandLine.Parse(args, () => SiteOptions.ForRepository(Directory.GetCurrentDirectory()));
    if (options is null)
    {
        Console.WriteLine(SiteCommandLine.Usage);
        return 0;
    }
    // The downloads' chart images are drawn in Chromium wherever one is installed, whichever folders the command names.
    options = options with { ChromiumPath = options.ChromiumPath ?? ChartImages.Find() };
    var clock = Stopwatch.StartNew();
    var result = SiteGenerator.Build(options);
    var bytes = result.Files.Sum(f => new FileInfo(Path.Combine(options.SiteRoot, f)).Length);
    Console.WriteLine($"Site written to {options.SiteRoot}: index.html and {result.Chapters.Count} chapter pages, {result.ChartCount} charts.");
    foreach (var chapter in result.Chapters)
        Console.WriteLine($"  {chapter.PageName,-32} {chapter.Title}");
    foreach (var skipped in result.Skipped)
        Console.WriteLine($"  not published: {skipped} (not one of the course's notebooks)");
    Console.WriteLine($"Downloads: {result.DownloadCharts.WithImages} of {result.DownloadCharts.Charts} charts with an image.");
    foreach (var warning in result.Warnings)
        Console.WriteLine($"warning: {warning}");
    Console.WriteLine($"{result.Files.Count} files, {bytes / 1_048_576.0:0.0} MB, built in {clock.Elapsed.TotalSeconds:0.0} s.");
    return 0;
}
catch (UsageException e)
{
    return ToolCommandLine.Refuse(SiteCommandLine.Tool, e, SiteCommandLine.Usage);
}
catch (Exception e) when (e is ArgumentException or IOException or InvalidDataException or InvalidOperationException)
{
    // DirectoryNotFoundException is an IOException: no executed notebooks, or an output folder that is not the site's.
    Console.Error.WriteLine(e.Message);
    return 1;
}
