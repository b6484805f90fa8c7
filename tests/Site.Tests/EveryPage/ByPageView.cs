using Xunit.Sdk;
using Xunit.v3;

namespace Site.Tests;

/// <summary>
/// Runs a class's tests grouped by the <see cref="PageView"/> their arguments name, so that every check of one page at
/// one width and theme runs while <see cref="SharedPageVisits"/> holds that page open: each view is loaded once, not
/// once per check. Tests of no page run last. Within a group, by test name, so that the order is the same every run.
/// </summary>
public sealed class ByPageView : ITestCaseOrderer
{
    public IReadOnlyCollection<TTestCase> OrderTestCases<TTestCase>(IReadOnlyCollection<TTestCase> testCases)
        where TTestCase : notnull, ITestCase =>
        testCases
            .Select(testCase => (testCase, view: testCase is XunitTestCase { TestMethodArguments: var arguments } ? PageView.Of(arguments) : null))
            .OrderBy(c => c.view is null)
            .ThenBy(c => c.view?.Page, StringComparer.Ordinal)
            .ThenBy(c => c.view?.Width)
            .ThenBy(c => c.view?.Theme)
            .ThenBy(c => c.testCase.TestCaseDisplayName, StringComparer.Ordinal)
            .Select(c => c.testCase)
            .ToList();
}
