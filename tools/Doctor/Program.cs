using CourseTools;
using Doctor;

// Checks what the course needs on this machine, one line each (usage: DoctorCommandLine.Usage, or --help).
DoctorCommandLine arguments;
try
{
    arguments = DoctorCommandLine.Parse(args);
}
catch (UsageException e)
{
    return ToolCommandLine.Refuse(DoctorCommandLine.Tool, e, DoctorCommandLine.Usage);
}
if (arguments.ShowHelp)
{
    Console.WriteLine(DoctorCommandLine.Usage);
    return ToolCommandLine.Success;
}

var repositoryRoot = RepositoryRoot.TryFind(Directory.GetCurrentDirectory()) ?? RepositoryRoot.TryFind(AppContext.BaseDirectory) ?? Directory.GetCurrentDirectory();
var packages = PackageFolders.NuGetPackages;
var toolVersion = KernelToolFolders.LocalToolVersion(repositoryRoot);
var kernelsFolder = arguments.KernelsFolder ?? JupyterKernelSpec.UserKernelsFolder();
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

switch (arguments.Mode)
{
    case DoctorMode.Fix:
        Console.WriteLine($"{nativeCheck.Name}: {nativeCheck.Fix()}\n");
        break;
    case DoctorMode.Undo:
        Console.WriteLine($"{fsharpCheck.Name}: {fsharpCheck.Undo()}\n");
        break;
    case DoctorMode.InstallJupyterKernel when toolVersion is null:
        Console.Error.WriteLine($"No dotnet-interactive version is pinned in {Path.Combine(repositoryRoot, "dotnet-tools.json")}; run this inside the course repository.");
        return ToolCommandLine.FailureFound;
    case DoctorMode.InstallJupyterKernel:
        Console.WriteLine($"Jupyter kernel: wrote {JupyterKernelSpec.Install(kernelsFolder, toolVersion)} (runs dotnet-interactive {toolVersion} from any folder)\n");
        break;
}

var results = checks.Select(c => c.Run()).ToList();
foreach (var result in results)
    Console.WriteLine(result);
return results.All(r => r.Passed) ? ToolCommandLine.Success : ToolCommandLine.FailureFound;

