using SiteBuilder.Rendering;

namespace Site.Tests;

public class MachinePathsTests
{
    private static readonly MachinePaths Paths = new("/work/course", ["/srv/nuget-cache"]);

    [Theory]
    [InlineData("/root/.nuget/packages/torchsharp/0.107.0/runtimes/linux-x64/native/libLibTorchSharp.so: ok",
                "~/.nuget/packages/torchsharp/0.107.0/runtimes/linux-x64/native/libLibTorchSharp.so: ok")]
    [InlineData("at /home/ana/.nuget/packages/plotly.net/6.0.0/lib/x.dll", "at ~/.nuget/packages/plotly.net/6.0.0/lib/x.dll")]
    [InlineData(@"C:\Users\Ana\.nuget\packages\torchsharp\0.107.0\x.dll", @"~/.nuget/packages/torchsharp\0.107.0\x.dll")]
    [InlineData("/opt/build/cache/.nuget/packages/libtorch-cpu/2.10.0/", "~/.nuget/packages/libtorch-cpu/2.10.0/")]
    [InlineData("/srv/nuget-cache/torchsharp/0.107.0/lib", "~/.nuget/packages/torchsharp/0.107.0/lib")]
    public void The_NuGet_package_folder_is_shown_as_the_usual_one(string text, string shown)
    {
        Assert.Equal(shown, Paths.Redact(text));
    }

    [Theory]
    [InlineData("saved to /home/ana/models/model_3.pt", "saved to ~/models/model_3.pt")]
    [InlineData("saved to /root/models/model_3.pt", "saved to ~/models/model_3.pt")]
    [InlineData("in /Users/ana/Downloads/x.csv", "in ~/Downloads/x.csv")]
    [InlineData(@"in C:\Users\Ana\Documents\x.csv", @"in ~\Documents\x.csv")]
    public void Home_folders_become_a_tilde(string text, string shown)
    {
        Assert.Equal(shown, Paths.Redact(text));
    }

    [Fact]
    public void Paths_inside_the_repository_become_relative_to_it()
    {
        Assert.Equal("wrote artifacts/models/model_3.pt", Paths.Redact("wrote /work/course/artifacts/models/model_3.pt"));
    }

    [Theory]
    [InlineData("/usr/lib/x86_64-linux-gnu/libstdc++.so.6.0.30")]
    [InlineData("see https://github.com/home/user/ and http://example.org/root/x")]
    [InlineData("Loss: 0.69569 | Accuracy: 50.00%")]
    [InlineData("~/.nuget/packages/ already short")]
    public void Other_text_is_left_as_it_is(string text)
    {
        Assert.Equal(text, Paths.Redact(text));
    }
}
