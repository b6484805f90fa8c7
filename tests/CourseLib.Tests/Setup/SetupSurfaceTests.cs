using System.Reflection;
using CourseLib.Setup;

namespace CourseLib.Tests.Setup;

public class SetupSurfaceTests
{
    /// <summary>What the two setup cells every notebook starts with call, and the doctor's report: nothing else.</summary>
    private static readonly string[] WhatNotebooksUse =
    [
        "FSharpCoreRedirect.Install",
        "OfflineCharts.Enable",
        "TorchSetup.Initialize",
        "TorchSetup.Report",
    ];

    [Fact]
    public void The_setup_namespace_shows_learners_only_what_the_setup_cells_call()
    {
        var shown = typeof(TorchSetup).Assembly.GetExportedTypes()
            .Where(type => type.Namespace == "CourseLib.Setup")
            .SelectMany(type => type.GetMembers(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(member => member is not MethodBase { IsSpecialName: true }) // a property's getter is the property
                .Select(member => $"{type.Name}.{member.Name}"))
            .Order(StringComparer.Ordinal);

        Assert.Equal(WhatNotebooksUse, shown);
    }
}
