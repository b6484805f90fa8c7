using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AppGenerator;

/// <summary>
/// The notebook code that only means something in a kernel, and what a program does instead. Rules are kept few
/// and exact: code they do not cover but that still needs the kernel stops the generator with the cell's number.
/// </summary>
public static class KernelOnlyCode
{
    /// <summary>Statements of the setup cells a program has no use for (whitespace ignored), and the comment left in their place.</summary>
    public static readonly IReadOnlyDictionary<string, string> SetupStatements = new Dictionary<string, string>
    {
        ["CourseLib.Setup.FSharpCoreRedirect.Install();"] =
            "// (Notebook only: FSharpCoreRedirect lets Plotly.NET 6 run on the kernel's FSharp.Core 10.0; a program gets 10.1 from its packages.)",
        ["CourseLib.Setup.OfflineCharts.Enable().DisplayAs(\"text/html\");"] =
            "// (Notebook only: OfflineCharts puts plotly.js into the notebook; this program writes each chart as a page with plotly.js inside.)",
    };

    /// <summary>Namespaces of .NET Interactive, whose <c>using</c> lines a program drops.</summary>
    public const string InteractiveNamespace = "Microsoft.DotNet.Interactive";

    /// <summary>The notebook's helper that shows a value: <c>display(x)</c> → <c>Show(x)</c>.</summary>
    public const string NotebookDisplay = "display";

    /// <summary>An updatable display through the invocation context: <c>KernelInvocationContext.Current.Display(x)</c> → <c>ShowLive(x)</c>.</summary>
    public const string LiveDisplay = "KernelInvocationContext.Current.Display";

    /// <summary>The node's text with all whitespace removed, the form <see cref="SetupStatements"/> and <see cref="LiveDisplay"/> are compared in.</summary>
    public static string Normalized(SyntaxNode node) => string.Concat(node.ToString().Where(c => !char.IsWhiteSpace(c)));

    /// <summary>Whether <paramref name="call"/> is the notebook helper <c>display(x)</c>, which a program writes as <c>Show(x)</c>.</summary>
    public static bool IsNotebookDisplayCall(InvocationExpressionSyntax call) =>
        call.Expression is IdentifierNameSyntax { Identifier.ValueText: NotebookDisplay };

    /// <summary>Whether <paramref name="access"/> is <c>KernelInvocationContext.Current.Display</c>, which a program writes as <c>ShowLive</c>.</summary>
    public static bool IsLiveDisplay(MemberAccessExpressionSyntax access) => Normalized(access) == LiveDisplay;

    /// <summary>A piece of kernel-only code left after the rules ran, or null.</summary>
    public static string? Leftover(string programCode)
    {
        foreach (var marker in new[] { "KernelInvocationContext", "Kernel.Root", ".DisplayAs(", "Formatter.Register" })
            if (programCode.Contains(marker, StringComparison.Ordinal))
                return marker;
        return null;
    }
}
