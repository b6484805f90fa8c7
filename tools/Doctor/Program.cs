using CourseTools;
using Doctor;

// Checks what the course needs on this machine, one line each; --fix repairs what it can, --undo reverses it.
//   dotnet run --project tools/Doctor [-- --fix | --undo]
var mode = args.FirstOrDefault() ?? "";
if (mode is not ("" or "--fix" or "--undo"))
{
    Console.Error.WriteLine($"Unknown argument {mode}. Usage: Doctor [--fix | --undo]");
    return 2;
}

var repositoryRoot = RepositoryRoot.TryFind(Directory.GetCurrentDirectory()) ?? RepositoryRoot.TryFind(AppContext.BaseDirectory) ?? Directory.GetCurrentDirectory();
var packages = PackageFolders.NuGetPackages;
ICheck[] checks =
[
    new DotNetSdkCheck(),
    new TorchSharpNativeCheck(packages),
    new KernelFSharpCoreCheck(KernelToolFolders.Find(repositoryRoot, packages), Path.Combine(AppContext.BaseDirectory, "FSharp.Core.dll")),
    new DiskSpaceCheck(packages),
];

if (mode != "")
{
    foreach (var check in checks.OfType<IFixableCheck>())
        Console.WriteLine($"{check.Name}: {(mode == "--fix" ? check.Fix() : check.Undo())}");
    Console.WriteLine();
}

var results = checks.Select(c => c.Run()).ToList();
foreach (var result in results)
    Console.WriteLine(result);
return results.All(r => r.Passed) ? 0 : 1;
