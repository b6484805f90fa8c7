namespace CourseLib.Tests.Training;

/// <summary>
/// torch's random generator is one per process: a test that seeds it and then creates a model gets the
/// course's numbers only if no other test draws from it in between. Tests that depend on a seed join this
/// collection, which runs on its own, after the tests that run in parallel.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SeededTorch
{
    public const string Name = "Seeded torch";
}
