using NotebookRunner;

namespace Notebooks.Tests;

public class TestHostTests
{
    // Notebooks run in this process and get TorchSharp from their own #r "nuget: TorchSharp-cpu". If this test
    // project also carried TorchSharp (say through a reference to CourseLib or the doctor), a notebook's TorchSharp
    // would bind to that copy, and two libtorch copies would end in one process: libtorch aborts on the second.
    [Fact]
    public void The_host_that_runs_notebooks_carries_no_TorchSharp_of_its_own()
    {
        Assert.False(PackageHooks.HostCarriesTorchSharp());
        Assert.False(File.Exists(Path.Combine(AppContext.BaseDirectory, "TorchSharp.dll")));
    }
}
