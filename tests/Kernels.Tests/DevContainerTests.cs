using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Kernels.Tests;

/// <summary>The dev container a learner opens: valid, with the right SDK and extensions, naming only what exists.</summary>
public class DevContainerTests
{
    private static string RepositoryRoot => RepositoryNotebooks.RepositoryRoot;

    private static JsonObject DevContainer() => JsonNode.Parse(
        File.ReadAllText(Path.Combine(RepositoryRoot, ".devcontainer", "devcontainer.json")),
        documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true })!.AsObject();

    [Fact]
    public void Uses_a_dotnet_10_image_with_both_notebook_extensions_and_csharp()
    {
        var container = DevContainer();

        Assert.Matches(@"^mcr\.microsoft\.com/devcontainers/dotnet:.*10\.0", (string?)container["image"]);
        var extensions = container["customizations"]!["vscode"]!["extensions"]!.AsArray().Select(e => (string?)e).ToList();
        Assert.Contains("ms-dotnettools.dotnet-interactive-vscode", extensions); // Polyglot Notebooks (deprecated, still works)
        Assert.Contains("ms-toolsai.jupyter", extensions); // the Jupyter door, with the kernel the post-create command registers
        Assert.Contains("ms-dotnettools.csharp", extensions);
    }

    [Fact]
    public void Its_post_create_command_runs_the_readme_setup_with_projects_that_exist()
    {
        var command = (string)DevContainer()["postCreateCommand"]!;

        Assert.Contains("dotnet tool restore", command);
        Assert.Contains("dotnet build", command);
        var projects = Regex.Matches(command, @"--project (\S+)").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(projects);
        Assert.All(projects, p => Assert.True(Directory.Exists(Path.Combine(RepositoryRoot, p)), $"{p} does not exist"));
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot, "README.md"));
        Assert.All(command.Split("&&", StringSplitOptions.TrimEntries), step => Assert.Contains(step, readme));
    }
}
