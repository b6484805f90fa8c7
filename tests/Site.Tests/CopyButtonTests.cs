using CourseTests;

namespace Site.Tests;

/// <summary>A code cell's copy button, clicked in the browser: the clipboard gets the cell's code and none of its outputs.</summary>
[Trait("Tier", "Full")]
public class CopyButtonTests(OfflineBrowser browser) : ChromiumTests
{
    [Fact]
    public async Task The_button_copies_the_code_without_its_outputs()
    {
        await browser.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        const string page = "04_training_loop.html";
        var code = CourseText.Cells(NotebookOf(page)).Code;
        await using var visit = await browser.OpenAsync(CourseSite.PagePath(page));
        await SitePageReady.WaitAsync(visit); // a reader clicks once the page is drawn (plotly.js loads after the text)
        var cells = visit.Page.Locator(".code-cell");
        // The first cell after the setup cells (folded away) that has outputs below its code.
        var index = 1;
        while (await cells.Nth(index).Locator(".outputs").CountAsync() == 0 ||
               await cells.Nth(index).Locator("xpath=ancestor::details[contains(@class, 'setup')]").CountAsync() > 0)
            index++;
        var cell = cells.Nth(index);
        var outputs = await cell.Locator(".outputs").InnerTextAsync();

        await cell.Locator("button.copy-code").ClickAsync();
        await visit.Page.WaitForFunctionAsync("b => b.textContent === 'Copied'", await cell.Locator("button.copy-code").ElementHandleAsync());
        var copied = await visit.Page.EvaluateAsync<string>("() => navigator.clipboard.readText()");

        Assert.Equal(code[index].TrimEnd(), copied.TrimEnd());
        Assert.DoesNotContain(outputs.Trim().Split('\n')[0], copied);
        Assert.Empty(visit.Errors);
    }

    private static string NotebookOf(string page) =>
        CourseSite.Notebooks().Single(n => SiteBuilder.Site.Chapter.PageNameFor(n) == page);
}
