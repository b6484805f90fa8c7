using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Site.Tests;

/// <summary>One page open in the <see cref="OfflineBrowser"/>, with the errors it logged and the remote requests it tried.</summary>
public sealed class PageVisit(IPage page) : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> errors = new();
    private readonly ConcurrentQueue<string> offsiteRequests = new();

    public IPage Page => page;

    /// <summary>Console errors and uncaught exceptions, in order.</summary>
    public IReadOnlyCollection<string> Errors => errors;

    /// <summary>Requests for anything but local files and inline data, which were aborted.</summary>
    public IReadOnlyCollection<string> OffsiteRequests => offsiteRequests;

    internal async Task StartAsync(string url)
    {
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
                errors.Enqueue($"console: {message.Text}");
        };
        page.PageError += (_, error) => errors.Enqueue($"uncaught: {error}");
        await page.RouteAsync(u => !IsLocal(u), async route =>
        {
            offsiteRequests.Enqueue(route.Request.Url);
            await route.AbortAsync("internetdisconnected");
        });
        await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Load });
    }

    /// <summary>Goes to the page a link leads to, as a reader clicking it would.</summary>
    public async Task FollowAsync(string linkSelector)
    {
        var target = await page.GetAttributeAsync(linkSelector, "href")
            ?? throw new InvalidOperationException($"{linkSelector} has no href");
        await page.ClickAsync(linkSelector);
        await page.WaitForURLAsync(url => url.EndsWith("/" + target, StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Load });
    }

    public ValueTask DisposeAsync() => new(page.CloseAsync());

    private static bool IsLocal(string url) =>
        url.StartsWith("file:", StringComparison.OrdinalIgnoreCase) ||
        url.StartsWith("data:", StringComparison.OrdinalIgnoreCase) ||
        url.StartsWith("blob:", StringComparison.OrdinalIgnoreCase) ||
        url.StartsWith("about:", StringComparison.OrdinalIgnoreCase);
}
