using System.Net;
using System.Text.RegularExpressions;

namespace Notebooks.Tests;

/// <summary>
/// A DataFrame as the notebook showed it (the <c>text/html</c> table Microsoft.Data.Analysis renders):
/// the column headers and the rows' cell texts, without the index column.
/// </summary>
public sealed partial record DataFrameTable(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    [GeneratedRegex(@"<th>(?<text>.*?)</th>", RegexOptions.Singleline)]
    private static partial Regex Header();

    [GeneratedRegex(@"<tr>(?<cells>.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex Row();

    [GeneratedRegex(@"<td>(?<text>.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex Cell();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    /// <summary>Every DataFrame table among the notebook's HTML outputs, in order.</summary>
    public static IReadOnlyList<DataFrameTable> All(ExecutedNotebook notebook) =>
        notebook.Data("text/html").Where(h => h.StartsWith("<table")).Select(Parse).ToList();

    public static DataFrameTable Parse(string html)
    {
        var table = html[..(html.IndexOf("</table>", StringComparison.Ordinal) + "</table>".Length)];
        var body = table[table.IndexOf("<tbody>", StringComparison.Ordinal)..];
        var columns = Header().Matches(table).Select(m => Text(m.Groups["text"].Value)).Skip(1).ToList(); // skip "index"
        var rows = Row().Matches(body)
            .Select(r => (IReadOnlyList<string>)Cell().Matches(r.Groups["cells"].Value).Select(c => Text(c.Groups["text"].Value)).Skip(1).ToList())
            .ToList();
        return new DataFrameTable(columns, rows);
    }

    /// <summary>The cells of one column, top to bottom.</summary>
    public IReadOnlyList<string> Column(string name)
    {
        int index = Columns.ToList().IndexOf(name);
        Assert.True(index >= 0, $"no column '{name}' in [{string.Join(", ", Columns)}]");
        return Rows.Select(r => r[index]).ToList();
    }

    /// <summary>The cells of one column as numbers.</summary>
    public IReadOnlyList<double> Numbers(string name) =>
        Column(name).Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToList();

    private static string Text(string html) => WebUtility.HtmlDecode(Tag().Replace(html, "")).Trim();
}
