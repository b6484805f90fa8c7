using System.Text.RegularExpressions;

namespace AppGenerator;

/// <summary>A line of a program's header: <c>#:package</c> or <c>#:project</c>, from a notebook's <c>#r</c> line.</summary>
public sealed record AppDirective(string Text);

/// <summary>
/// The kernel's own lines in a cell (<c>#r "nuget: …"</c>, <c>#r "path.dll"</c>, <c>#!magic</c>), turned into a
/// file-based program's directives, and the cell's C# without them.
/// </summary>
public static partial class KernelDirectives
{
    /// <summary>Packages that only format a notebook's output; a program does not need them.</summary>
    public static readonly IReadOnlySet<string> NotebookOnlyPackages = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Plotly.NET.Interactive",
    };

    [GeneratedRegex("""^#r\s+"nuget:\s*(?<name>[^,"\s]+)\s*(,\s*(?<version>[^"\s]+)\s*)?"\s*$""")]
    private static partial Regex NuGetReference();

    [GeneratedRegex("""^#r\s+"(?<path>[^"]+\.dll)"\s*$""")]
    private static partial Regex AssemblyReference();

    /// <summary>Splits the kernel lines off a cell's code.</summary>
    /// <param name="code">The cell's source.</param>
    /// <param name="context">Where the directives are resolved (notebook folder, program folder, pinned versions).</param>
    /// <param name="where">"notebooks/X.ipynb cell N", for error messages.</param>
    /// <returns>The directives, comments that stand for lines a program has no use for, and the C# left over.</returns>
    public static (List<AppDirective> Directives, string Code) Split(string code, ConversionContext context, string where)
    {
        var directives = new List<AppDirective>();
        var kept = new List<string>();
        foreach (var line in code.Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.StartsWith("#!", StringComparison.Ordinal))
            {
                kept.Add($"// (notebook magic command, no meaning in a program: {trimmed})");
                continue;
            }
            if (!trimmed.StartsWith("#r", StringComparison.Ordinal) && !trimmed.StartsWith("#i", StringComparison.Ordinal))
            {
                kept.Add(line);
                continue;
            }
            if (NuGetReference().Match(trimmed) is { Success: true } package)
            {
                var name = package.Groups["name"].Value;
                if (NotebookOnlyPackages.Contains(name))
                    continue;
                if (!context.PinnedVersions.TryGetValue(name, out var pinned))
                    throw new ConversionException(where, $"`{trimmed}` names a package that Directory.Packages.props does not pin; " +
                        "inside the repository a program takes every version from there (`#:package X@V` fails with NU1008). " +
                        $"Add <PackageVersion Include=\"{name}\" Version=\"…\" /> to Directory.Packages.props.");
                var version = package.Groups["version"].Value;
                if (version.Length > 0 && version != pinned)
                    throw new ConversionException(where, $"`{trimmed}` asks for {name} {version}, but Directory.Packages.props pins {pinned}; " +
                        "the program would get another version than the notebook. Make the two agree.");
                directives.Add(new AppDirective($"#:package {name}"));
                continue;
            }
            if (AssemblyReference().Match(trimmed) is { Success: true } assembly)
            {
                directives.Add(new AppDirective($"#:project {context.ProjectFor(assembly.Groups["path"].Value, where)}"));
                continue;
            }
            throw new ConversionException(where, $"`{trimmed}` is a kernel directive the generator does not know. " +
                "It converts `#r \"nuget: Name, Version\"`, `#r \"path/Name.dll\"` (built by a Name.csproj) and `#!` magic commands.");
        }
        return (directives, string.Join('\n', kept));
    }
}
