using SiteBuilder.Notebooks;
using static Site.Tests.FixtureNotebook;

namespace Site.Tests;

public class NotebookReaderTests
{
    [Fact]
    public void Reads_cells_in_order_with_their_outputs()
    {
        var json = Json(
            Markdown("# Title\n\nText."),
            Code("Console.WriteLine(1);\nConsole.WriteLine(2);", Stream("1\n2\n")),
            Code("x", Error("Error", "boom", "line 1")));

        var notebook = NotebookReader.Parse(json, "01_data.ipynb");

        Assert.Equal("01_data.ipynb", notebook.RelativePath);
        Assert.Collection(notebook.Cells,
            c => Assert.Equal(new MarkdownCell("# Title\n\nText."), c),
            c =>
            {
                var code = Assert.IsType<CodeCell>(c);
                Assert.Equal("Console.WriteLine(1);\nConsole.WriteLine(2);", code.Source);
                Assert.Equal("csharp", code.Language);
                Assert.Equal(new StreamOutput("stdout", "1\n2\n"), Assert.Single(code.Outputs));
            },
            c =>
            {
                var error = Assert.IsType<ErrorOutput>(Assert.Single(Assert.IsType<CodeCell>(c).Outputs));
                Assert.Equal(("Error", "boom", "line 1"), (error.Name, error.Value, Assert.Single(error.Traceback)));
            });
    }

    [Fact]
    public void Rich_outputs_keep_every_mime_type()
    {
        var notebook = NotebookReader.Parse(Json(Code("t", Display("text/html", "<b>1</b>"))), "n.ipynb");

        var output = Assert.IsType<RichOutput>(Assert.Single(Assert.IsType<CodeCell>(Assert.Single(notebook.Cells)).Outputs));
        Assert.Equal("<b>1</b>", output.Data["text/html"]);
    }

    [Fact]
    public void Text_that_is_not_a_notebook_is_refused_with_its_name()
    {
        var error = Assert.Throws<InvalidDataException>(() => NotebookReader.Parse("""{"metadata":{}}""", "broken.ipynb"));

        Assert.Contains("broken.ipynb", error.Message);
    }
}

[Trait("Category", "Adversarial")] // issue 15: bad input and hostile payloads against the site builder
public class DamagedNotebookTests
{
    [Theory]
    [InlineData("", "02_x.ipynb is not valid JSON")]
    [InlineData("{\"cells\": [", "02_x.ipynb is not valid JSON")]
    [InlineData("[1, 2]", "02_x.ipynb is not a notebook: its JSON is not an object.")]
    [InlineData("{\"cells\": \"oops\"}", "02_x.ipynb is not a notebook: it has no \"cells\" array.")]
    [InlineData("{\"cells\": [42]}", "02_x.ipynb is not a notebook: cell 1 is number, not an object.")]
    [InlineData("{\"cells\": [{\"cell_type\": 3, \"source\": \"x\"}]}", "02_x.ipynb is not an nbformat 4 notebook: ")]
    [InlineData("{\"cells\": [{\"cell_type\": \"code\", \"source\": \"x\", \"outputs\": [{\"output_type\": \"stream\", \"name\": 7, \"text\": \"t\"}]}]}", "02_x.ipynb is not an nbformat 4 notebook: ")]
    public void A_damaged_notebook_is_refused_naming_the_file(string json, string message)
    {
        var error = Assert.Throws<InvalidDataException>(() => NotebookReader.Parse(json, "02_x.ipynb"));

        Assert.StartsWith(message, error.Message);
    }

    [Fact]
    public void Outputs_that_are_not_objects_are_skipped_not_fatal()
    {
        var notebook = NotebookReader.Parse("{\"cells\": [{\"cell_type\": \"code\", \"source\": \"x\", \"outputs\": [42, null]}]}", "n.ipynb");

        Assert.Empty(Assert.IsType<CodeCell>(Assert.Single(notebook.Cells)).Outputs);
    }
}
