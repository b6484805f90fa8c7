using System.Text;

namespace NotebookRunner;

/// <summary>The closing table: one row per notebook with its cells, seconds and status, and a total.</summary>
public static class SummaryTable
{
    public static string Format(IReadOnlyList<NotebookResult> results)
    {
        var rows = results.Select(r => (Name: r.Notebook, Cells: $"{r.CodeCellsRun}/{r.CodeCells}", Seconds: $"{r.Duration.TotalSeconds:F1}", Status: r.StatusText)).ToList();
        var total = TimeSpan.FromTicks(results.Sum(r => r.Duration.Ticks));
        rows.Add(("total", $"{results.Sum(r => r.CodeCellsRun)}/{results.Sum(r => r.CodeCells)}", $"{total.TotalSeconds:F1}",
            $"{results.Count(r => r.Succeeded)} passed, {results.Count(r => !r.Succeeded)} failed"));

        int nameWidth = Math.Max("Notebook".Length, rows.Max(r => r.Name.Length));
        int cellsWidth = Math.Max("Cells".Length, rows.Max(r => r.Cells.Length));
        int secondsWidth = Math.Max("Seconds".Length, rows.Max(r => r.Seconds.Length));
        var text = new StringBuilder();
        void Row(string a, string b, string c, string d) =>
            text.AppendLine($"{a.PadRight(nameWidth)}  {b.PadLeft(cellsWidth)}  {c.PadLeft(secondsWidth)}  {d}");
        Row("Notebook", "Cells", "Seconds", "Status");
        Row(new string('-', nameWidth), new string('-', cellsWidth), new string('-', secondsWidth), "------");
        foreach (var row in rows.Take(rows.Count - 1)) Row(row.Name, row.Cells, row.Seconds, row.Status);
        Row(new string('-', nameWidth), new string('-', cellsWidth), new string('-', secondsWidth), "------");
        Row(rows[^1].Name, rows[^1].Cells, rows[^1].Seconds, rows[^1].Status);
        return text.ToString().TrimEnd();
    }
}
