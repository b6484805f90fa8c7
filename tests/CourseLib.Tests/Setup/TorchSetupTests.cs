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
        Assert.Contains(TorchSetup.Report, line => line.Contains("ready"));
        Assert.Same(TorchSetup.Report, TorchSetup.Initialize());
    }
}
