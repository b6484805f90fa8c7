using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AppGenerator;

/// <summary>A code cell's C# (kernel lines taken off), parsed as top-level statements.</summary>
public sealed class ParsedCell
{
    private static readonly CSharpParseOptions Options = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Preview);

    private static readonly CSharpParseOptions ScriptOptions = Options.WithKind(SourceCodeKind.Script);

    // CS8803: types before statements, which the program reorders anyway.
    private const string TypesBeforeStatements = "CS8803";

    private ParsedCell(int number, string where, string code, CompilationUnitSyntax root, List<AppDirective> directives, bool hasTrailingExpression)
    {
        Number = number;
        Where = where;
        Code = code;
        Root = root;
        Directives = directives;
        TrailingExpression = hasTrailingExpression ? (ExpressionStatementSyntax)((GlobalStatementSyntax)root.Members.Last()).Statement : null;
    }

    /// <summary>The cell's number, as the editor counts (every cell, from 1).</summary>
    public int Number { get; }

    /// <summary>"notebooks/X.ipynb cell N", for messages.</summary>
    public string Where { get; }

    /// <summary>The C# the kernel would compile.</summary>
    public string Code { get; }

    /// <summary>Its syntax tree.</summary>
    public CompilationUnitSyntax Root { get; }

    /// <summary>The program directives its <c>#r</c> lines became.</summary>
    public List<AppDirective> Directives { get; }

    /// <summary>The cell's last statement if the notebook wrote it as an expression without a semicolon: the value the notebook shows.</summary>
    public ExpressionStatementSyntax? TrailingExpression { get; }

    /// <summary>The statements, in order (not the types or usings).</summary>
    public IEnumerable<GlobalStatementSyntax> Statements => Root.Members.OfType<GlobalStatementSyntax>();

    /// <summary>Parses a code cell, failing with the cell's number on C# the kernel could not run either.</summary>
    /// <remarks>The last expression is found by parsing as a script, as the kernel does (a bare <c>grid</c> at the end
    /// reads as the start of a declaration otherwise); it gets its semicolon, and the rest parses as a program.</remarks>
    public static ParsedCell Parse(NotebookCell cell, ConversionContext context)
    {
        var where = $"{context.NotebookName} cell {cell.Number}";
        var (directives, code) = KernelDirectives.Split(cell.Source, context, where);
        var script = (CompilationUnitSyntax)CSharpSyntaxTree.ParseText(code, ScriptOptions).GetRoot();
        var trailing = script.Members.LastOrDefault() is GlobalStatementSyntax { Statement: ExpressionStatementSyntax { SemicolonToken.IsMissing: true } last }
            ? last.Expression
            : null;
        if (trailing is not null)
            code = code.Insert(trailing.Span.End, ";");
        var root = (CompilationUnitSyntax)CSharpSyntaxTree.ParseText(code, Options).GetRoot();
        var errors = root.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && d.Id != TypesBeforeStatements).ToList();
        if (errors.Count > 0)
            throw new ConversionException(where, "the cell does not parse as C#: " +
                string.Join("; ", errors.Select(e => $"line {e.Location.GetLineSpan().StartLinePosition.Line + 1}: {e.GetMessage()}")));
        var hasTrailing = trailing is not null && root.Members.LastOrDefault() is GlobalStatementSyntax { Statement: ExpressionStatementSyntax };
        return new ParsedCell(cell.Number, where, code, root, directives, hasTrailing);
    }
}
