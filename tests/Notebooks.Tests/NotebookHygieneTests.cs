using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using CourseTests;

namespace Notebooks.Tests;

/// <summary>What every committed notebook must be: output-free, and starting with the course's setup cell.</summary>
public class NotebookHygieneTests
{
    private static JsonObject Read(string notebook) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(CourseNotebooks.Options.NotebooksRoot, notebook)))!.AsObject();

    private static IEnumerable<JsonObject> CodeCells(JsonObject notebook) =>
        notebook["cells"]!.AsArray().Select(c => c!.AsObject()).Where(c => (string?)c["cell_type"] == "code");

    [Theory]
    [MemberData(nameof(CourseNotebooks.AllAsTheoryData), MemberType = typeof(CourseNotebooks))]
    public void Is_committed_without_outputs(string notebook)
    {
        foreach (var cell in CodeCells(Read(notebook)))
        {
            Assert.Empty(cell["outputs"]!.AsArray());
            Assert.Null(cell["execution_count"]);
        }
    }

    [Theory]
    [MemberData(nameof(CourseNotebooks.AllAsTheoryData), MemberType = typeof(CourseNotebooks))]
    public void Starts_with_the_setup_cell_using_the_pinned_package_versions(string notebook)
    {
        var setup = CodeCells(Read(notebook)).First()["source"].JoinedText();
        var pinned = PinnedVersions();

        var references = Regex.Matches(setup, @"#r ""nuget:\s*(?<id>[^,""]+),\s*(?<version>[^""]+)""")
            .ToDictionary(m => m.Groups["id"].Value.Trim(), m => m.Groups["version"].Value.Trim());
        Assert.Equal(["Microsoft.Data.Analysis", "Plotly.NET", "Plotly.NET.CSharp", "Plotly.NET.Interactive", "TorchSharp-cpu"], references.Keys.Order());
        foreach (var (id, version) in references)
            Assert.True(pinned.TryGetValue(id, out var expected) && expected == version,
                $"{notebook} asks for {id} {version}; Directory.Packages.props pins {expected ?? "nothing"}");
        Assert.Contains("#r \"../lib/bin/CourseLib.dll\"", setup);
        Assert.Contains("TorchSetup.Initialize()", setup);
    }

    private static Dictionary<string, string> PinnedVersions()
    {
        var props = XDocument.Load(Path.Combine(Path.GetDirectoryName(CourseNotebooks.Options.NotebooksRoot)!, "Directory.Packages.props"));
        return props.Descendants("PackageVersion").ToDictionary(e => (string)e.Attribute("Include")!, e => (string)e.Attribute("Version")!);
    }
}
