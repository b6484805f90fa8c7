using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AppGenerator;

/// <summary>One code cell in program form: its <c>using</c> lines, its statements, and its types (which a program puts last).</summary>
public sealed record ConvertedCell(int Number, List<string> Usings, string Statements, List<MovedType> Types);

/// <summary>A type a cell declares, moved to the end of the program (CS8803: types go after the top-level statements).</summary>
public sealed record MovedType(int CellNumber, string Name, string Text);

/// <summary>Turns a parsed cell into program code: kernel-only code replaced, the shown value made a <c>Show</c> call,
/// renames applied, usings and types taken out for the program's top and end.</summary>
public static class CellConverter
{
    /// <summary>The program form of <paramref name="cell"/>, with <paramref name="renames"/> (its share of the name-clash plan) applied.</summary>
    /// <exception cref="ConversionException">The cell declares something a program cannot hold, or keeps kernel-only code no rule converts.</exception>
    public static ConvertedCell Convert(ParsedCell cell, IEnumerable<Rename> renames)
    {
        var edits = new TextEdits();
        var root = cell.Root;
        var usings = new List<string>();

        foreach (var directive in root.Usings)
        {
            edits.Replace(directive.FullSpan, "");
            var text = directive.ToString().Trim();
            if (!(directive.Name?.ToString() ?? "").StartsWith(KernelOnlyCode.InteractiveNamespace, StringComparison.Ordinal))
                usings.Add(text);
        }

        var types = new List<MovedType>();
        foreach (var member in root.Members.Where(m => m is not GlobalStatementSyntax))
        {
            var name = member switch
            {
                BaseTypeDeclarationSyntax type => type.Identifier.ValueText,
                DelegateDeclarationSyntax del => del.Identifier.ValueText,
                _ => throw new ConversionException(cell.Where, $"a {member.Kind()} cannot be a member of a program; only types and statements can."),
            };
            types.Add(new MovedType(cell.Number, name, member.ToFullString().Trim('\n')));
            edits.Replace(member.FullSpan, $"// {name}: declared at the end of this file (C# puts types after the top-level statements).\n\n");
        }

        foreach (var statement in cell.Statements)
            if (KernelOnlyCode.SetupStatements.TryGetValue(KernelOnlyCode.Normalized(statement), out var comment))
                edits.Replace(statement.Span, comment);

        foreach (var node in root.DescendantNodes())
        {
            if (node is InvocationExpressionSyntax call && KernelOnlyCode.IsNotebookDisplayCall(call))
                edits.Replace(call.Expression.Span, "Show");
            else if (node is MemberAccessExpressionSyntax access && KernelOnlyCode.IsLiveDisplay(access))
                edits.Replace(access.Span, "ShowLive");
        }

        foreach (var rename in renames)
            edits.Replace(rename.Span, rename.NewName);

        if (cell.TrailingExpression is { } last)
        {
            // The value a notebook shows under the cell. A call that prints or shows by itself just gets its semicolon.
            if (!PrintsItself(last.Expression))
            {
                edits.Insert(last.Expression.SpanStart, "Show(");
                edits.Insert(last.Expression.Span.End, ")");
            }
        }

        var statements = Tidy(edits.ApplyTo(cell.Code));
        if (KernelOnlyCode.Leftover(statements) is { } leftover)
            throw new ConversionException(cell.Where, $"`{leftover}` needs the notebook kernel, and no rule turns it into program code " +
                "(the rules: display(x) → Show(x); KernelInvocationContext.Current.Display(x) → ShowLive(x); the setup cells' statements).");
        return new ConvertedCell(cell.Number, usings, statements, types);
    }

    private static bool PrintsItself(ExpressionSyntax expression) =>
        expression is InvocationExpressionSyntax call &&
        (KernelOnlyCode.IsNotebookDisplayCall(call) || call.Expression.ToString().StartsWith("Console.", StringComparison.Ordinal));

    // Trims the blank lines that removed usings and types leave at the ends, and runs of more than one blank line.
    private static string Tidy(string code)
    {
        var lines = code.Split('\n').Select(l => l.TrimEnd()).ToList();
        var kept = new List<string>();
        foreach (var line in lines)
            if (line.Length > 0 || (kept.Count > 0 && kept[^1].Length > 0))
                kept.Add(line);
        while (kept.Count > 0 && kept[^1].Length == 0)
            kept.RemoveAt(kept.Count - 1);
        return string.Join('\n', kept);
    }
}
