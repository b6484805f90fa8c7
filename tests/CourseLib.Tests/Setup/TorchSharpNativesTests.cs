using CourseLib.Setup;

namespace CourseLib.Tests.Setup;

/// <summary>
/// Where <see cref="TorchSharpNatives"/> looks for TorchSharp's natives, in folder layouts built from empty files: the
/// layouts of an app's output, of the NuGet cache (what <c>TorchSetup.Initialize</c> starts from) and of restored
/// packages (what the runner starts from). Loading them for real is what TorchSetupTests and the runner's tests do.
/// </summary>
public class TorchSharpNativesTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("natives-test-").FullName;
    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Folder(params string[] parts) => Directory.CreateDirectory(Path.Combine([_root, .. parts])).FullName;

    private static string WithFiles(string folder, params string[] files)
    {
        foreach (var file in files)
            File.WriteAllBytes(Path.Combine(folder, file), []);
        return folder;
    }

    private static string[] NativeSubfolder => ["runtimes", "linux-x64", "native"];

    [Fact]
    public void An_apps_output_folder_with_the_natives_beside_the_dll_is_found_as_it_is()
    {
        var output = WithFiles(Folder("bin"), LibTorchSharpRepair.LibraryFileName, TorchSharpNatives.LibTorchFileName);

        Assert.Equal(new NativeFolders(output, output), TorchSharpNatives.BesideAssembly(output));
    }

    [Fact]
    public void An_apps_output_folder_with_the_natives_under_runtimes_is_found_there()
    {
        var output = Folder("bin");
        var native = WithFiles(Folder(["bin", .. NativeSubfolder]), LibTorchSharpRepair.LibraryFileName, TorchSharpNatives.LibTorchFileName);

        Assert.Equal(new NativeFolders(native, native), TorchSharpNatives.BesideAssembly(output));
    }

    [Fact]
    public void In_the_NuGet_cache_libtorch_comes_from_the_newest_version_of_the_sibling_package_that_holds_it()
    {
        var torchSharpDll = Folder("packages", "torchsharp", "0.107.0", "lib", "net8.0");
        var torchSharpNative = WithFiles(Folder(["packages", "torchsharp", "0.107.0", .. NativeSubfolder]), LibTorchSharpRepair.LibraryFileName);
        WithFiles(Folder(["packages", "libtorch-cpu-linux-x64", "2.9.0.1", .. NativeSubfolder]), TorchSharpNatives.LibTorchFileName);
        var newest = WithFiles(Folder(["packages", "libtorch-cpu-linux-x64", "2.10.0.1", .. NativeSubfolder]), TorchSharpNatives.LibTorchFileName);
        Folder(["packages", "libtorch-cpu-linux-x64", "2.11.0.1", .. NativeSubfolder]); // restored in part: no libtorch in it

        var found = TorchSharpNatives.BesideAssembly(torchSharpDll);

        Assert.Equal(torchSharpNative, found.LibTorchSharp);
        Assert.Equal(newest, found.LibTorch); // 2.10 by version, not "2.9" by name, and not the empty 2.11
    }

    [Fact]
    public void A_TorchSharp_without_natives_or_libtorch_gives_no_folders()
    {
        var torchSharpDll = Folder("packages", "torchsharp", "0.107.0", "lib", "net8.0");

        Assert.Equal(new NativeFolders(null, null), TorchSharpNatives.BesideAssembly(torchSharpDll));
    }

    [Fact]
    public void Among_restored_packages_each_native_is_found_in_the_package_that_carries_it()
    {
        var plotly = Folder("plotly.net", "6.0.0");
        var torchSharp = Folder("torchsharp", "0.107.0");
        var libTorch = Folder("libtorch-cpu-linux-x64", "2.10.0.1");
        var torchSharpNative = WithFiles(Folder(["torchsharp", "0.107.0", .. NativeSubfolder]), LibTorchSharpRepair.LibraryFileName);
        var libTorchNative = WithFiles(Folder(["libtorch-cpu-linux-x64", "2.10.0.1", .. NativeSubfolder]), TorchSharpNatives.LibTorchFileName);

        Assert.Equal(new NativeFolders(torchSharpNative, libTorchNative), TorchSharpNatives.InPackages([plotly, libTorch, torchSharp]));
        Assert.Equal(new NativeFolders(null, null), TorchSharpNatives.InPackages([plotly]));
    }
}
