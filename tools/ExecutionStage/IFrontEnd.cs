namespace ExecutionStage;

/// <summary>How one front end executes a course notebook, and where its executed copy goes.</summary>
public interface IFrontEnd
{
    /// <summary>The name on the command line and in the log ("runner", "stock-kernel", "jupyter", "program").</summary>
    string Name { get; }

    /// <summary>The executed copy of <paramref name="notebook"/> (a path below notebooks/, '/' separators).</summary>
    string ArtifactPath(string notebook);

    /// <summary>How many notebooks this front end may execute at once: Jupyter's kernels race for the same HTTP port
    /// and chapter programs build the same lib/ output, so those take one at a time.</summary>
    int MaxParallel => 1;

    /// <summary>Inputs beyond the common ones (<see cref="InputStamp.CommonInputs"/>) that the copy depends on.</summary>
    IEnumerable<string> ExtraInputs(string notebook) => [];

    /// <summary>Executes <paramref name="notebook"/>, writing <see cref="ArtifactPath"/>; a failure of the notebook is
    /// an outcome (Succeeded false, with the reason), not an exception.</summary>
    Task<(bool Succeeded, string Summary)> ExecuteAsync(string notebook, TextWriter log);
}
