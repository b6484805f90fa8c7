using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace AppGenerator;

/// <summary>A variable renamed in one cell's code: where its name occurs, and what it is called instead.</summary>
public sealed record Rename(int CellNumber, TextSpan Span, string OldName, string NewName);

/// <summary>
/// Variables that two cells declare with one name. Each cell of a notebook is its own scope, a program is one, so:
/// a name declared again at the top of a later cell is renamed there (<c>x</c> → <c>x7</c>, after cell 7) and
/// in the cells after it; a loop or block variable whose name another cell declares at the top is renamed inside
/// its own loop or block. Locals of lambdas and local functions may shadow (C# 8) and are left alone.
/// </summary>
public static class NameClashes
{
    private sealed record Declaration(ParsedCell Cell, SyntaxToken Identifier, SyntaxNode? Scope)
    {
        public string Name => Identifier.ValueText;
        public bool IsTopLevel => Scope is null;
    }

    /// <summary>Every rename the program needs, with a note per renamed variable for the reader.</summary>
    public static (List<Rename> Renames, List<(int CellNumber, string Note)> Notes) Plan(IReadOnlyList<ParsedCell> cells)
    {
        var declarations = cells.SelectMany(Declarations).ToList();
        var renames = new List<Rename>();
        var notes = new List<(int, string)>();
        var topLevelNames = declarations.Where(d => d.IsTopLevel).Select(d => d.Name).ToHashSet();

        // Declared again at the top of a later cell: from there on, the program uses the new name.
        foreach (var group in declarations.Where(d => d.IsTopLevel).GroupBy(d => d.Name))
        {
            var declaringCells = group.Select(d => d.Cell).Distinct().ToList();
            for (int i = 1; i < declaringCells.Count; i++)
            {
                var cell = declaringCells[i];
                var newName = FreeName(group.Key, cell.Number, topLevelNames);
                var until = i + 1 < declaringCells.Count ? declaringCells[i + 1].Number : int.MaxValue;
                foreach (var later in cells.Where(c => c.Number >= cell.Number && c.Number < until))
                    renames.AddRange(References(later, later.Root, group.Key).Select(span => new Rename(later.Number, span, group.Key, newName)));
                notes.Add((cell.Number, $"'{group.Key}' is '{newName}' from here on: an earlier cell declares '{group.Key}' too, and a program is one scope."));
            }
        }

        // A loop or block variable named like another cell's top-level variable: renamed within its loop or block.
        foreach (var nested in declarations.Where(d => !d.IsTopLevel && topLevelNames.Contains(d.Name)))
        {
            if (declarations.Any(d => d.IsTopLevel && d.Name == nested.Name && d.Cell == nested.Cell))
                continue; // the notebook itself would not compile; leave it to the compiler to say so
            var newName = FreeName(nested.Name, nested.Cell.Number, topLevelNames);
            renames.AddRange(References(nested.Cell, nested.Scope!, nested.Name).Select(span => new Rename(nested.Cell.Number, span, nested.Name, newName)));
            notes.Add((nested.Cell.Number, $"'{nested.Name}' is '{newName}' here: another cell declares '{nested.Name}', and a program is one scope."));
        }
        return (renames.DistinctBy(r => (r.CellNumber, r.Span)).ToList(), notes.Distinct().ToList());
    }

    private static string FreeName(string name, int cellNumber, HashSet<string> taken)
    {
        var candidate = $"{name}{cellNumber}";
        for (var suffix = 'b'; taken.Contains(candidate); suffix++)
            candidate = $"{name}{cellNumber}{suffix}";
        taken.Add(candidate);
        return candidate;
    }

    private static IEnumerable<Declaration> Declarations(ParsedCell cell)
    {
        foreach (var statement in cell.Statements)
            foreach (var token in statement.DescendantNodesAndSelf().SelectMany(DeclaredIdentifiers))
            {
                var node = token.Parent!;
                if (node.Ancestors().Any(a => a is AnonymousFunctionExpressionSyntax || (a is LocalFunctionStatementSyntax && a != node)))
                    continue; // may shadow an outer name
                yield return new Declaration(cell, token, node is CommonForEachStatementSyntax loop ? loop : ScopeOf(node));
            }
    }

    private static IEnumerable<SyntaxToken> DeclaredIdentifiers(SyntaxNode node) => node switch
    {
        VariableDeclaratorSyntax v => [v.Identifier],
        SingleVariableDesignationSyntax s => [s.Identifier],
        ForEachStatementSyntax f => [f.Identifier],
        LocalFunctionStatementSyntax l => [l.Identifier],
        CatchDeclarationSyntax c when c.Identifier != default => [c.Identifier],
        _ => [],
    };

    // The nearest enclosing node that makes a scope of its own, or null for the top level.
    private static SyntaxNode? ScopeOf(SyntaxNode declaration)
    {
        for (var node = declaration.Parent; node is not null and not GlobalStatementSyntax; node = node.Parent)
            if (node is BlockSyntax or ForStatementSyntax or CommonForEachStatementSyntax or UsingStatementSyntax or CatchClauseSyntax
                or SwitchSectionSyntax or WhileStatementSyntax or DoStatementSyntax or LockStatementSyntax or FixedStatementSyntax
                or QueryExpressionSyntax)
                return node;
        return null;
    }

    // Where a variable's name is used or declared inside root, outside types and outside scopes that declare the name again.
    private static IEnumerable<TextSpan> References(ParsedCell cell, SyntaxNode root, string name) =>
        root.DescendantTokens()
            .Where(token => token.ValueText == name && token.Parent is not null)
            .Where(token => token.Parent switch
            {
                IdentifierNameSyntax id => IsVariableReference(id),
                _ => DeclaredIdentifiers(token.Parent!).Contains(token),
            })
            .Where(token => !token.Parent!.Ancestors().TakeWhile(a => a != root).Any(a => a is BaseTypeDeclarationSyntax || Redeclares(a, name, token.Parent!)))
            .Select(token => token.Span);

    private static bool IsVariableReference(IdentifierNameSyntax id) => id.Parent switch
    {
        MemberAccessExpressionSyntax access when access.Name == id => false,
        QualifiedNameSyntax qualified when qualified.Right == id => false,
        NameColonSyntax or NameEqualsSyntax => false,
        AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax } assignment when assignment.Left == id => false,
        _ => true,
    };

    // A lambda or local function with a parameter of that name, or a nested scope declaring it (other than the declaration being renamed).
    private static bool Redeclares(SyntaxNode scope, string name, SyntaxNode occurrence) => scope switch
    {
        SimpleLambdaExpressionSyntax s => s.Parameter.Identifier.ValueText == name,
        ParenthesizedLambdaExpressionSyntax p => p.ParameterList.Parameters.Any(x => x.Identifier.ValueText == name),
        LocalFunctionStatementSyntax l => l.ParameterList.Parameters.Any(x => x.Identifier.ValueText == name),
        _ => false,
    };
}
