namespace NotebookRunner.Tests;

/// <summary>
/// The runner compiles CourseLib's native-preparation files in as source (NotebookRunner.csproj) so that it carries no
/// TorchSharp of its own: a notebook's <c>#r "nuget: TorchSharp-cpu"</c> must bring the only copy into its kernel.
/// </summary>
public class RunnerDependencyTests
{
    [Fact]
    public void The_runner_references_neither_TorchSharp_nor_CourseLib()
    {
        var references = typeof(PackageHooks).Assembly.GetReferencedAssemblies().Select(name => name.Name);

        Assert.DoesNotContain("TorchSharp", references);
        Assert.DoesNotContain("CourseLib", references);
    }

    [Fact]
    public void The_runners_dependencies_list_no_TorchSharp_package()
    {
        var deps = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "NotebookRunner.deps.json"));

        Assert.DoesNotContain("TorchSharp", deps, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("libtorch", deps, StringComparison.OrdinalIgnoreCase);
    }
}
