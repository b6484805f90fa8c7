using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.PackageManagement;

namespace NotebookRunner;

/// <summary>
/// Builds a fresh kernel for one notebook: C#, as in VS Code's Polyglot Notebooks, with <c>#r "nuget: ..."</c>,
/// the kernel helpers (<c>display</c>, <c>HTML</c>) and the package hooks of <see cref="PackageHooks"/>.
/// </summary>
public static class NotebookKernel
{
    public const string CSharp = "csharp";

    /// <summary>The kernels a notebook may name, for reading and writing .ipynb files.</summary>
    public static KernelInfoCollection KernelInfos() =>
    [
        new Microsoft.DotNet.Interactive.Documents.KernelInfo(CSharp, "C#", ["c#", "C#", "cs"]),
        new Microsoft.DotNet.Interactive.Documents.KernelInfo("markdown", "Markdown", ["md"]),
    ];

    public static CompositeKernel Create(TextWriter log)
    {
        var hooks = new PackageHooks(log);
        var csharp = new CSharpKernel()
            .UseNugetDirective((kernel, packages) => hooks.OnPackagesAddedAsync(kernel, packages))
            .UseKernelHelpers()
            .UseValueSharing();

        var composite = new CompositeKernel { csharp };
        composite.DefaultKernelName = csharp.Name;
        return composite;
    }
}
