using CourseLib.Setup;
using TorchSharp;

namespace CourseLib.Tests.Setup;

public class TorchSetupTests
{
    [Fact]
    public void Torch_computes_after_setup()
    {
        using var x = torch.arange(4, dtype: torch.float32);
        Assert.Equal(6f, x.sum().item<float>());
    }

    [Fact]
    public void Setup_uses_one_thread_by_default_and_reports_what_it_did()
    {
        Assert.Equal(1, torch.get_num_threads());
        Assert.Contains(TorchSetup.Initialize(), line => line.Contains("ready"));
        Assert.Same(TorchSetup.Initialize(), TorchSetup.Initialize());
    }

    [Fact]
    public void What_the_learner_sees_carries_no_machine_paths_unless_something_was_repaired()
    {
        var shown = TorchSetup.Initialize();

        Assert.All(shown.Where(line => !line.Contains(" weak ")), line => Assert.DoesNotContain("/", line));
        Assert.All(shown, line => Assert.Contains(line, TorchSetup.Report));
        if (OperatingSystem.IsLinux())
            Assert.Contains(TorchSetup.Report, line => line.StartsWith("libtorch loaded from /"));
    }
}
