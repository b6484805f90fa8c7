using System.Runtime.CompilerServices;
using CourseLib.Setup;

namespace CourseLib.Tests;

internal static class TorchReady
{
    // Runs before any test in this assembly touches TorchSharp: repairs/loads the natives once. Not when xunit's runner
    // starts the test program only to ask which framework it is (-assemblyInfo): unloading libtorch at that process's
    // exit can take long enough on a loaded machine that xunit prints "Waiting … for foreground threads" after its JSON
    // answer, which the runner then cannot read ("Test process did not return valid JSON").
    [ModuleInitializer]
    internal static void Initialize()
    {
        if (Environment.GetCommandLineArgs().Contains("-assemblyInfo", StringComparer.Ordinal)) return;
        TorchSetup.Initialize();
    }
}
