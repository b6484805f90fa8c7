namespace TestTiers;

/// <summary>The environment variable that tells the tests which tier runs (tests/Shared/TestTier.cs reads it).</summary>
public static class TierVariable
{
    public const string Name = "COURSE_TEST_TIER";
}
