using SiteBuilder.Rendering;

namespace Site.Tests;

public class SetupChatterTests
{
    [Fact]
    public void The_routine_native_library_lines_are_left_out_and_the_ready_line_stays()
    {
        const string setup = "~/.nuget/packages/torchsharp/0.107.0/runtimes/linux-x64/native/libLibTorchSharp.so: loadable with /usr/lib/x86_64-linux-gnu/libstdc++.so.6.0.30; nothing to repair.\n" +
                             "libtorch loaded from ~/.nuget/packages/libtorch-cpu-linux-x64/2.10.0/runtimes/linux-x64/native.\n" +
                             "  native: ~/.nuget/packages/x/libLibTorchSharp.so: marked GLIBCXX_3.4.32 weak (libstdc++ lacks it).\n" +
                             "TorchSharp 0.107.0.0 ready: 1 CPU thread(s), CUDA available: False.\n";

        Assert.Equal("TorchSharp 0.107.0.0 ready: 1 CPU thread(s), CUDA available: False.\n", SetupChatter.Remove(setup));
    }

    [Fact]
    public void Warnings_and_failures_are_kept()
    {
        const string text = "WARNING: this kernel runs FSharp.Core 10.0, but Plotly.NET 6 charts need 10.1\n" +
                            "x/libLibTorchSharp.so needs repairing but cannot be written (read-only file system).\n";

        Assert.Equal(text, SetupChatter.Remove(text));
    }

    [Fact]
    public void A_lesson_s_output_that_mentions_loading_is_not_touched()
    {
        const string text = "Model loaded from artifacts/models/model_3.pt\nnative code: fast\n";

        Assert.Equal(text, SetupChatter.Remove(text));
    }
}
