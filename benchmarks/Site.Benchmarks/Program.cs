using System.Diagnostics;
using Microsoft.Playwright;

// Times each chapter page of the built site (artifacts/site/, or the folder given) in headless Chromium at 1280 px:
// the first contentful paint (the reader sees text) and the moment every chart is drawn. Each page is opened in a
// new browser profile, so nothing is cached between visits; each page runs three times (--repeats N to change) and
// the median is printed, with the load average (the machine's cores are shared).
// Run: dotnet run -c Release --project benchmarks/Site.Benchmarks [-- [--repeats N] [SITE_FOLDER]]
int repeats = args.Length >= 2 && args[0] == "--repeats" ? int.Parse(args[1]) : 3;
var rest = args.Length >= 2 && args[0] == "--repeats" ? args[2..] : args;
var site = Path.GetFullPath(rest.Length > 0 ? rest[0] : Path.Combine("artifacts", "site"));
var chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";
if (!File.Exists(Path.Combine(site, "index.html")))
{
    Console.Error.WriteLine($"No site in {site}: build it first (dotnet run --project tools/SiteBuilder).");
    return 1;
}
if (!File.Exists(chromium))
{
    Console.Error.WriteLine($"No Chromium at {chromium} (apt-get install chromium).");
    return 1;
}

using var playwright = await Playwright.CreateAsync();
Console.WriteLine($"Site paint benchmark: {site}, {Environment.ProcessorCount} cores, load average {LoadAverage()}, median of {repeats}");
Console.WriteLine($"{"page",-28} {"first paint ms",15} {"charts drawn ms",16} {"charts",7}");
var pages = Directory.GetFiles(site, "*.html").Where(p => Path.GetFileName(p) != "index.html").Order(StringComparer.Ordinal).ToList();
var paints = new List<double>();
foreach (var page in pages)
{
    var runs = new List<(double Paint, double Drawn, int Charts)>();
    for (int i = 0; i < repeats; i++)
        runs.Add(await VisitAsync(page));
    var paint = Median(runs.Select(r => r.Paint));
    paints.Add(paint);
    Console.WriteLine($"{Path.GetFileName(page),-28} {paint,15:F0} {Median(runs.Select(r => r.Drawn)),16:F0} {runs[0].Charts,7}");
}
Console.WriteLine($"slowest first paint: {paints.Max():F0} ms; load average after: {LoadAverage()}");
return 0;

async Task<(double Paint, double Drawn, int Charts)> VisitAsync(string page)
{
    var profile = Directory.CreateTempSubdirectory("site-bench-").FullName; // a cold cache for every visit
    try
    {
        await using var context = await playwright.Chromium.LaunchPersistentContextAsync(profile, new()
        {
            ExecutablePath = chromium, Headless = true, Offline = true, ViewportSize = new() { Width = 1280, Height = 900 },
            Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
        });
        var tab = context.Pages.Count > 0 ? context.Pages[0] : await context.NewPageAsync();
        await tab.GotoAsync(new Uri(page).AbsoluteUri, new() { WaitUntil = WaitUntilState.Commit });
        // The whole page parsed and painted, then every chart drawn (a page whose head loads plotly.js has no chart
        // box until that script has run).
        await tab.WaitForFunctionAsync(
            "() => document.readyState === 'complete' && performance.getEntriesByName('first-contentful-paint').length > 0 && " +
            "[...document.querySelectorAll('.plotly-chart')].every(gd => gd._fullLayout && gd.querySelector('svg.main-svg'))",
            null, new() { Timeout = 120_000, PollingInterval = 20 });
        var drawn = await tab.EvaluateAsync<double>("() => performance.now()");
        var paint = await tab.EvaluateAsync<double>("() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN");
        var charts = await tab.EvaluateAsync<int>("() => document.querySelectorAll('.plotly-chart').length");
        return (paint, drawn, charts);
    }
    finally
    {
        Directory.Delete(profile, recursive: true);
    }
}

static double Median(IEnumerable<double> values)
{
    var sorted = values.Order().ToList();
    return sorted[sorted.Count / 2];
}

static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
