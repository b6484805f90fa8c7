using System.Reflection;
using System.Runtime.Loader;
using CourseLib.Setup;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.CSharp;

namespace NotebookRunner;

/// <summary>
/// What the <c>dotnet-interactive</c> tool does when <c>#r "nuget: ..."</c> brings a package, and the
/// library packages alone don't: load the package's kernel extensions from <c>interactive-extensions/dotnet</c>
/// (that is how Plotly.NET charts and DataFrames render as HTML), and, for TorchSharp, make its native
/// library loadable on this system before any notebook code can touch it.
/// </summary>
public sealed class PackageHooks(TextWriter log)
{
    private readonly HashSet<string> _loadedExtensions = new(StringComparer.Ordinal);

    public async Task OnPackagesAddedAsync(CSharpKernel kernel, IReadOnlyList<ResolvedPackageReference> packages)
    {
        // The callback replaces the default handling: making the packages' assemblies visible is ours to do.
        kernel.AddAssemblyReferences(packages.SelectMany(p => p.AssemblyPaths));
        if (OperatingSystem.IsLinux())
            PrepareTorchSharpNatives(packages);
        foreach (var package in packages)
            await LoadKernelExtensionsAsync(kernel, package.PackageRoot);
    }

    /// <summary>
    /// What CourseLib's <c>TorchSetup.Initialize</c> does, for notebooks that don't call it: the same linked
    /// <see cref="TorchSharpNatives"/>, started from the restored packages' folders instead of TorchSharp.dll's.
    /// </summary>
    private void PrepareTorchSharpNatives(IReadOnlyList<ResolvedPackageReference> packages)
    {
        var natives = TorchSharpNatives.InPackages(packages.Select(p => p.PackageRoot));
        if (natives.LibTorchSharp is null) return;
        if (HostCarriesTorchSharp())
        {
            // The notebook's TorchSharp.dll will bind to the host's copy, which loads the natives beside it;
            // loading the package's libtorch as well would put two libtorch copies in one process (a crash).
            log.WriteLine("  native: this host carries its own TorchSharp; its natives will be used, not the package's");
            return;
        }
        log.WriteLine($"  native: {TorchSharpNatives.Prepare(natives.LibTorchSharp, natives.LibTorch).Repair.Message}");
    }

    /// <summary>Whether TorchSharp.dll is one of this process's own assemblies (a test host that references CourseLib, say).</summary>
    public static bool HostCarriesTorchSharp() =>
        ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "")
            .Split(Path.PathSeparator)
            .Any(path => Path.GetFileName(path).Equals("TorchSharp.dll", StringComparison.OrdinalIgnoreCase));

    private async Task LoadKernelExtensionsAsync(Kernel kernel, string packageRoot)
    {
        var folder = Path.Combine(packageRoot, "interactive-extensions", "dotnet");
        if (!Directory.Exists(folder)) return;

        foreach (var dll in Directory.EnumerateFiles(folder, "*.dll"))
        {
            var assembly = AssemblyLoadContext.Default.LoadFromAssemblyPath(dll);
            foreach (var type in ExtensionTypes(assembly))
            {
                // Extensions register process-wide formatters; each kernel still gets OnLoadAsync once.
                if (!_loadedExtensions.Add(type.AssemblyQualifiedName!)) continue;
                var extension = (IKernelExtension)Activator.CreateInstance(type)!;
                await extension.OnLoadAsync(kernel);
            }
        }
    }

    private static IEnumerable<Type> ExtensionTypes(Assembly assembly) =>
        assembly.GetExportedTypes().Where(t =>
            typeof(IKernelExtension).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false } &&
            t.GetConstructor(Type.EmptyTypes) is not null);
}
