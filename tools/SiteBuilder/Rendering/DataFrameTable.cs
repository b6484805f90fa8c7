using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace SiteBuilder.Rendering;

/// <summary>
/// A DataFrame as .NET Interactive writes it into a notebook (a table of <c>dni-plaintext</c> cells, more than 25 rows
/// paged by inline scripts and emoji buttons) redrawn as a plain table: every row, no script, numbers right-aligned and
/// rounded to six significant digits so that the float noise of a double (<c>0.9950999999999999</c>) reads
/// <c>0.9951</c>. Whole numbers and text are shown as they are.
/// </summary>
public static partial class DataFrameTable
{
    /// <summary>Significant digits a fractional number keeps.</summary>
    public const int SignificantDigits = 6;

    /// <summary>Whether an HTML output is a DataFrame table from .NET Interactive.</summary>
    public static bool Is(string html) =>
        html.TrimStart().StartsWith("<table id=\"table_", StringComparison.Ordinal) && html.Contains("<thead>", StringComparison.Ordinal);

    /// <summary>The table as plain HTML, or null if its header or body cannot be found (it is then shown as it came).</summary>
    public static string? Render(string html)
    {
        var head = Section("thead").Match(html);
        var body = Section("tbody").Match(html);
        if (!head.Success || !body.Success) return null;
        var headers = Cell().Matches(head.Groups["content"].Value).Select(m => Text(m.Groups["content"].Value)).ToList();
        var rows = Row().Matches(body.Groups["content"].Value)
            .Select(r => Cell().Matches(r.Groups["content"].Value).Select(c => Text(c.Groups["content"].Value)).ToList())
            .ToList();
        var table = new StringBuilder("<div class=\"output html dataframe\"><table><thead><tr>");
        foreach (var header in headers)
            table.Append("<th scope=\"col\">").Append(Html.Escape(header)).Append("</th>");
        table.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            table.Append("<tr>");
            foreach (var cell in row)
            {
                var number = Number(cell);
                table.Append(number is null ? "<td>" : "<td class=\"number\">").Append(Html.Escape(number ?? cell)).Append("</td>");
            }
            table.Append("</tr>");
        }
        table.Append("</tbody></table>");
        table.Append($"<p class=\"table-size\">{rows.Count} {(rows.Count == 1 ? "row" : "rows")}, {headers.Count} columns</p></div>");
        return table.ToString();
    }

    /// <summary>A number's text as shown: whole numbers as they are, others to <see cref="SignificantDigits"/> digits; null for text.</summary>
    public static string? Number(string text)
    {
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            return null;
        if (value == Math.Floor(value) && !text.Contains('.') && !text.Contains('E', StringComparison.OrdinalIgnoreCase))
            return text;
        var rounded = value.ToString("G" + SignificantDigits, CultureInfo.InvariantCulture);
        return rounded.Contains('E') ? text : rounded;
    }

    private static string Text(string cellHtml) => WebUtility.HtmlDecode(Tag().Replace(cellHtml, "")).Trim();

    private static Regex Section(string name) => new($"<{name}>(?<content>.*?)</{name}>", RegexOptions.Singleline | RegexOptions.CultureInvariant);

    [GeneratedRegex(@"<tr\b[^>]*>(?<content>.*?)</tr>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Row();

    [GeneratedRegex(@"<t[hd]\b[^>]*>(?<content>.*?)</t[hd]>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Cell();

    [GeneratedRegex(@"<[^>]+>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();
}
