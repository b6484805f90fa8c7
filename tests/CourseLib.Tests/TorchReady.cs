using System.Runtime.CompilerServices;
using CourseLib.Setup;

namespace CourseLib.Tests;

internal static class TorchReady
{
    // Runs before any test in this assembly touches TorchSharp: repairs/loads the natives once.
    [ModuleInitializer]
    internal static void Initialize() => TorchSetup.Initialize();
}
