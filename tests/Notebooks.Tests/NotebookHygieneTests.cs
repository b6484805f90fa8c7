using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using CourseTests;

namespace Notebooks.Tests;

/// <summary>What every committed notebook must be: output-free, starting with the course's setup cells, readable by every front end.</summary>
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
    public void Every_cell_has_an_id_of_its_own_as_nbformat_4_5_requires(string notebook)
    {
        // Without ids a 4.5 notebook is invalid: Jupyter warns (a hard error in nbformat's future versions) and gives
        // each cell a new random id every time it reads the file, so every save would change every cell in git.
        var json = Read(notebook);
        Assert.Equal(5, (int)json["nbformat_minor"]!);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var number = 0;
        foreach (var cell in json["cells"]!.AsArray().Select(c => c!.AsObject()))
        {
            number++;
            var id = (string?)cell["id"];
            Assert.True(id is not null, $"{notebook} cell {number} ({cell["cell_type"]}) has no \"id\". Open and save the notebook " +
                "in Jupyter or VS Code, which give new cells one, or add \"id\": \"<8 hex digits>\" to the cell.");
            Assert.Matches("^[a-zA-Z0-9_-]{1,64}$", id); // nbformat's schema for a cell id
            Assert.True(seen.Add(id), $"{notebook} cell {number} has the id {id} of an earlier cell; ids are unique in a notebook.");
        }
    }

    [Theory]
    [MemberData(nameof(CourseNotebooks.AllAsTheoryData), MemberType = typeof(CourseNotebooks))]
    public void Starts_with_the_two_setup_cells_using_the_pinned_package_versions(string notebook)
    {
        var cells = CodeCells(Read(notebook)).Select(c => c["source"].JoinedText()).ToList();
        var (library, packages) = (cells[0], cells[1]);
        var pinned = PinnedVersions();

        // 1: the library and the FSharp.Core redirect, and no package yet: a cell's #r lines run before its code,
        // so Plotly.NET must be loaded by a later cell than the one installing the redirect.
        Assert.Contains("#r \"../lib/bin/CourseLib.dll\"", library);
        Assert.Contains("CourseLib.Setup.FSharpCoreRedirect.Install();", library);
        Assert.DoesNotContain("#r \"nuget:", library);

        // 2: the packages at the pinned versions, TorchSharp, and plotly.js for offline charts.
        var references = Regex.Matches(packages, @"#r ""nuget:\s*(?<id>[^,""]+),\s*(?<version>[^""]+)""")
            .ToDictionary(m => m.Groups["id"].Value.Trim(), m => m.Groups["version"].Value.Trim());
        Assert.Equal(["Microsoft.Data.Analysis", "Plotly.NET", "Plotly.NET.CSharp", "Plotly.NET.Interactive", "TorchSharp-cpu"], references.Keys.Order());
        foreach (var (id, version) in references)
            Assert.True(pinned.TryGetValue(id, out var expected) && expected == version,
                $"{notebook} asks for {id} {version}; Directory.Packages.props pins {expected ?? "nothing"}");
        Assert.Contains("TorchSetup.Initialize()", packages);
        Assert.Contains("CourseLib.Setup.OfflineCharts.Enable().DisplayAs(\"text/html\");", packages);
        // A later cell loads only a package the setup does not (where the notebook introduces it), at the pinned version.
        foreach (Match later in Regex.Matches(string.Join("\n", cells.Skip(2)), @"#r ""nuget:\s*(?<id>[^,""]+),\s*(?<version>[^""]+)"""))
        {
            var (id, version) = (later.Groups["id"].Value.Trim(), later.Groups["version"].Value.Trim());
            Assert.False(references.ContainsKey(id), $"{notebook} loads {id} again after the setup cell");
            Assert.True(pinned.TryGetValue(id, out var expected) && expected == version,
                $"{notebook} asks for {id} {version} in a later cell; Directory.Packages.props pins {expected ?? "nothing"}");
        }
    }

    [Theory]
    [MemberData(nameof(CourseNotebooks.AllAsTheoryData), MemberType = typeof(CourseNotebooks))]
    public void Has_metadata_that_Polyglot_Notebooks_and_Jupyter_both_read_as_a_CSharp_notebook(string notebook)
    {
        var json = Read(notebook);
        var metadata = json["metadata"]!;

        // Jupyter (Notebook, JupyterLab, nbclient, VS Code's Jupyter extension) starts the kernel the kernelspec names.
        Assert.Equal(".net-csharp", (string?)metadata["kernelspec"]!["name"]);
        Assert.Equal(".NET (C#)", (string?)metadata["kernelspec"]!["display_name"]);
        Assert.Equal("C#", (string?)metadata["kernelspec"]!["language"]);
        // What the .NET kernel reports to Jupyter, so editors highlight cells as C#.
        Assert.Equal("C#", (string?)metadata["language_info"]!["name"]);
        Assert.Equal(".cs", (string?)metadata["language_info"]!["file_extension"]);
        // Polyglot Notebooks reads the default kernel from its own block, and each cell's kernel from the cell.
        Assert.Equal("csharp", (string?)metadata["polyglot_notebook"]!["kernelInfo"]!["defaultKernelName"]);
        Assert.All(CodeCells(json), cell => Assert.Equal("csharp", (string?)cell["metadata"]!["polyglot_notebook"]!["kernelName"]));
        Assert.Equal(4, (int)json["nbformat"]!);
    }

    private static Dictionary<string, string> PinnedVersions()
    {
        var props = XDocument.Load(Path.Combine(Path.GetDirectoryName(CourseNotebooks.Options.NotebooksRoot)!, "Directory.Packages.props"));
        return props.Descendants("PackageVersion").ToDictionary(e => (string)e.Attribute("Include")!, e => (string)e.Attribute("Version")!);
    }
}
