using CourseTools;
using Doctor;

// Checks what the course needs on this machine, one line each.
//   dotnet run --project tools/Doctor [-- --fix | --undo | --install-jupyter-kernel [KERNELS_FOLDER]]
const string usage = """
    Usage: Doctor [--fix | --undo | --install-jupyter-kernel [KERNELS_FOLDER] | --help]
      (no option)               check the machine, one PASS/FAIL line each
      --fix                     repair TorchSharp's native library in the package folder (the setup cell does it too)
      --undo                    put back the kernel tool's own FSharp.Core where an earlier course version replaced it
      --install-jupyter-kernel  register the .net-csharp kernel for Jupyter and VS Code's Jupyter extension, so that it
                                starts from any folder (default: Jupyter's per-user kernels folder)
    """;

var mode = args.FirstOrDefault() ?? "";
if (mode is "-h" or "--help")
{
    Console.WriteLine(usage);
    return 0;
}
bool takesFolder = mode == "--install-jupyter-kernel";
if (mode is not ("" or "--fix" or "--undo" or "--install-jupyter-kernel") || args.Length > (takesFolder ? 2 : 1))
{
    Console.Error.WriteLine($"Unknown arguments: {string.Join(' ', args)}\n{usage}");
    return 2;
}

var repositoryRoot = RepositoryRoot.TryFind(Directory.GetCurrentDirectory()) ?? RepositoryRoot.TryFind(AppContext.BaseDirectory) ?? Directory.GetCurrentDirectory();
var packages = PackageFolders.NuGetPackages;
var toolVersion = KernelToolFolders.LocalToolVersion(repositoryRoot);
var kernelsFolder = takesFolder && args.Length == 2 ? Path.GetFullPath(args[1]) : JupyterKernelSpec.UserKernelsFolder();
var nativeCheck = new TorchSharpNativeCheck(packages);
var fsharpCheck = new KernelFSharpCoreCheck(KernelToolFolders.Find(repositoryRoot, packages));
ICheck[] checks =
[
    new DotNetSdkCheck(),
    nativeCheck,
    fsharpCheck,
    new JupyterKernelCheck(kernelsFolder, toolVersion, jupyterInstalled: JupyterKernelSpec.FindJupyter() is not null),
    new DiskSpaceCheck(packages),
];

switch (mode)
{
    case "--fix":
        Console.WriteLine($"{nativeCheck.Name}: {nativeCheck.Fix()}\n");
        break;
    case "--undo":
        Console.WriteLine($"{fsharpCheck.Name}: {fsharpCheck.Undo()}\n");
        break;
    case "--install-jupyter-kernel" when toolVersion is null:
        Console.Error.WriteLine($"No dotnet-interactive version is pinned in {Path.Combine(repositoryRoot, "dotnet-tools.json")}; run this inside the course repository.");
        return 1;
    case "--install-jupyter-kernel":
        Console.WriteLine($"Jupyter kernel: wrote {JupyterKernelSpec.Install(kernelsFolder, toolVersion)} (runs dotnet-interactive {toolVersion} from any folder)\n");
        break;
}

var results = checks.Select(c => c.Run()).ToList();
foreach (var result in results)
    Console.WriteLine(result);
return results.All(r => r.Passed) ? 0 : 1;

