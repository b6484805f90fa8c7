using System.Collections;
using TestTiers;

namespace TestCommand.Tests;

/// <summary>A tier's builds use the C# compiler server even on a machine that turned it off.</summary>
public class CompilerServerTests
{
    [Fact]
    public void The_server_is_turned_on_and_every_other_variable_is_kept()
    {
        var phase = new Dictionary<string, string?> { ["COURSE_TEST_TIER"] = "fast", ["CHROMIUM_PATH"] = null };

        var environment = CompilerServer.On(phase);

        Assert.Equal("true", environment["UseSharedCompilation"]);
        Assert.Equal("fast", environment["COURSE_TEST_TIER"]);
        Assert.True(environment.ContainsKey("CHROMIUM_PATH") && environment["CHROMIUM_PATH"] is null); // still removed from the child's environment
        Assert.Equal(2, phase.Count); // the phase's own environment is left as it was
    }

    [Theory]
    [InlineData("false", true)]
    [InlineData("False", true)]
    [InlineData("true", false)]
    [InlineData(null, false)]
    public void The_tier_shuts_the_server_down_at_its_end_only_where_the_machine_turned_it_off(string? setting, bool shutDown)
    {
        var machine = new Hashtable();
        if (setting is not null) machine["UseSharedCompilation"] = setting;

        Assert.Equal(shutDown, CompilerServer.TurnedOff(machine));
    }
}
