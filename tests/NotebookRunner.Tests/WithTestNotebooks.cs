namespace NotebookRunner.Tests;

/// <summary>
/// A test class whose tests each write small notebooks into a fresh temporary folder (<see cref="TestNotebook"/>),
/// deleted after the test: xunit makes one instance per test, so no two tests share a folder.
/// </summary>
public abstract class WithTestNotebooks : IDisposable
{
    /// <summary>This test's folder of notebooks.</summary>
    protected TestNotebook Notebooks { get; } = new();

    public void Dispose()
    {
        Notebooks.Dispose();
        GC.SuppressFinalize(this);
    }
}
