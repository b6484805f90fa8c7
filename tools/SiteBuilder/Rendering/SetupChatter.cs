using System.Text.RegularExpressions;

namespace SiteBuilder.Rendering;

/// <summary>
/// The lines a setup cell prints about the machine's native libraries when all is well ("libtorch loaded from …",
/// "…/libLibTorchSharp.so: loadable with …; nothing to repair."): they report on the machine that ran the
/// notebook, not on the lesson, so the site leaves them out. Warnings and errors are kept.
/// </summary>
public static partial class SetupChatter
{
    /// <summary><paramref name="text"/> without its routine native-library lines; text with none comes back unchanged.</summary>
    public static string Remove(string text)
    {
        if (!Routine().IsMatch(text))
            return text;
        var lines = text.Split('\n');
        return string.Join('\n', lines.Where(line => !Routine().IsMatch(line)));
    }

    [GeneratedRegex(
        @"^[ \t]*(?:native: .*" +
        @"|libtorch loaded from .*" +
        @"|\S+\.(?:so|dylib|dll)(?:\.[\d.]+)?: (?:loadable with .*; nothing to repair\.|no libstdc\+\+ found to check against; left as it is\.|marked .* weak .*))\r?$",
        RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex Routine();
}
