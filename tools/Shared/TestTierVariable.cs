namespace CourseTools;

/// <summary>
/// The environment variable that says which test tier runs: the test command (tools/TestTiers) sets it to "fast" for
/// the fast tier, and the tests (tests/Shared/TestTier.cs) read it to fail anything slow that slipped into that tier.
/// </summary>
internal static class TestTierVariable
{
    public const string Name = "COURSE_TEST_TIER";

    /// <summary>Its value in a fast-tier run.</summary>
    public const string Fast = "fast";
}
