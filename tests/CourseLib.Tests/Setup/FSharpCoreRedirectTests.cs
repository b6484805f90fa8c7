using System.Reflection;
using CourseLib.Setup;

namespace CourseLib.Tests.Setup;

public class FSharpCoreRedirectTests
{
    private static Version Loaded => FSharpCoreRedirect.Loaded()!.GetName().Version!;

    private static AssemblyName FSharpCore(Version version) => new($"FSharp.Core, Version={version}, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a");

    [Fact]
    public void A_request_for_a_newer_FSharp_Core_of_the_same_major_version_gets_the_loaded_one()
    {
        Assert.NotNull(FSharpCoreRedirect.Loaded()); // this process runs Plotly.NET, so FSharp.Core is loaded
        var newer = new Version(Loaded.Major, Loaded.Minor + 1, 0, 0);

        Assert.Same(FSharpCoreRedirect.Loaded(), FSharpCoreRedirect.Resolve(FSharpCore(newer)));
        Assert.Same(FSharpCoreRedirect.Loaded(), FSharpCoreRedirect.Resolve(FSharpCore(Loaded)));
    }

    [Fact]
    public void Other_major_versions_older_versions_and_other_assemblies_are_left_to_fail_as_they_would()
    {
        Assert.Null(FSharpCoreRedirect.Resolve(FSharpCore(new Version(Loaded.Major + 1, 0, 0, 0))));
        Assert.Null(FSharpCoreRedirect.Resolve(FSharpCore(new Version(Loaded.Major - 1, 0, 0, 0))));
        Assert.Equal(new Version(10, 1, 0, 0), Loaded); // the test host carries the FSharp.Core Plotly.NET 6 asks for
        Assert.Null(FSharpCoreRedirect.Resolve(FSharpCore(new Version(10, 0, 0, 0))));
        Assert.Null(FSharpCoreRedirect.Resolve(new AssemblyName("Plotly.NET, Version=6.0.0.0")));
    }

    [Fact]
    public void Install_registers_once_and_the_runtime_then_answers_a_newer_FSharp_Core_request()
    {
        FSharpCoreRedirect.Install();
        FSharpCoreRedirect.Install();

        Assert.True(FSharpCoreRedirect.IsInstalled);
        // Ask the runtime itself for a version no package ships: without the handler this throws FileNotFoundException.
        var answered = Assembly.Load(FSharpCore(new Version(Loaded.Major, 99, 0, 0)));
        Assert.Same(FSharpCoreRedirect.Loaded(), answered);
    }

    [Fact]
    public void The_setup_warns_only_where_charts_would_fail_and_says_what_to_do()
    {
        Assert.Null(PlotlyCompatibility.Problem(new Version(10, 1, 0, 0), redirectInstalled: false));
        Assert.Null(PlotlyCompatibility.Problem(new Version(10, 0, 0, 0), redirectInstalled: true));
        Assert.Null(PlotlyCompatibility.Problem(null, redirectInstalled: false));

        var missing = PlotlyCompatibility.Problem(new Version(10, 0, 0, 0), redirectInstalled: false);
        Assert.Contains("FSharp.Core 10.0 and Plotly.NET 6 asks for 10.1", missing);
        Assert.Contains("FSharpCoreRedirect.Install()", missing);

        var foreign = PlotlyCompatibility.Problem(new Version(9, 0, 0, 0), redirectInstalled: true);
        Assert.Contains("FSharp.Core 9.0", foreign);
        Assert.Contains("dotnet-tools.json", foreign);
    }
}
