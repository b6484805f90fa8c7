using Microsoft.Playwright;

namespace Site.Tests;

/// <summary>
/// One thing a check reads from a page (its charts' tick labels, its width, axe's findings …), taken once when a view
/// of the page is loaded (<see cref="PageSnapshots"/>) and kept for every check that asks.
/// </summary>
/// <param name="Name">What it reads, as a failure names it.</param>
/// <param name="Take">Reads it from the loaded, settled page.</param>
/// <param name="AppliesTo">The views it is read in (all unless said): axe, say, only where a check asks for it.</param>
public sealed record PageProbe(string Name, Func<IPage, Task<object?>> Take, Func<PageView, bool>? AppliesTo = null)
{
    /// <summary>A probe that evaluates <paramref name="script"/> in the page, with <paramref name="argument"/>.</summary>
    public static PageProbe Script<T>(string name, string script, object? argument = null, Func<PageView, bool>? appliesTo = null) =>
        new(name, async page => await page.EvaluateAsync<T>(script, argument) is var value && value is System.Text.Json.JsonElement json ? json.Clone() : value, appliesTo);

    public override string ToString() => Name;
}
