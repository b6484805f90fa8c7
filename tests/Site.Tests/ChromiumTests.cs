namespace Site.Tests;

/// <summary>
/// A test class that opens pages in Chromium (the <see cref="OfflineBrowser"/> fixture). Where Chromium is missing its
/// tests are skipped before they start, saying what to install, so none builds the course site (executing notebooks)
/// only to find no browser; a fixture cannot skip, a test class's constructor can.
/// </summary>
public abstract class ChromiumTests : IClassFixture<OfflineBrowser>
{
    protected ChromiumTests() => Prerequisite.Chromium.Require();
}
