namespace CourseTests;

/// <summary>
/// The two tiers of the course's tests. The fast tier (<c>dotnet run --project tools/TestTiers</c>, or
/// <c>dotnet test --filter "Tier!=Full"</c>) is the inner loop: library, runner and builder unit tests and notebook
/// structure checks, no notebook executed and no browser or Jupyter. A test class that reads executed notebooks, runs a
/// program or opens a browser carries <c>[Trait("Tier", "Full")]</c>; the tier runs with COURSE_TEST_TIER=fast, and
/// whatever would execute or open one there fails naming the trait it lacks, so no slow test hides in the fast tier.
/// </summary>
internal static class TestTier
{
    /// <summary>True in a fast-tier run.</summary>
    public static bool IsFast => Environment.GetEnvironmentVariable(TestTierVariable.Name) == TestTierVariable.Fast;

    /// <summary>Fails the calling test in a fast-tier run: it does <paramref name="what"/>, which belongs in the full tier.</summary>
    public static void RequireFull(string what)
    {
        if (IsFast)
            Assert.Fail($"This test {what}, which the fast tier never does: mark its class [Trait(\"Tier\", \"Full\")].");
    }
}
