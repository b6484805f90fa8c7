using System.Runtime.CompilerServices;

namespace CourseLib.Apps;

/// <summary>
/// The few calls a chapter program (<c>apps/NN_name.cs</c>, generated from a notebook) makes where the notebook
/// relies on its kernel: <see cref="StartChapter"/> first, then <see cref="Show"/> where a notebook shows a cell's
/// value and <see cref="ShowLive"/> where it updates a display in place. Generated programs call them through
/// <c>using static CourseLib.Apps.ChapterApp;</c>. No notebook calls it (a notebook has its kernel): every program
/// <c>tools/AppGenerator</c> writes does, from <c>apps/01_data.cs</c> on.
/// </summary>
public static class ChapterApp
{
    private static ConsoleDisplay? _display;
    private static StatusLine? _progress;

    /// <summary>The display of this program (after <see cref="StartChapter"/>), where its charts went; the tests read it.</summary>
    /// <exception cref="InvalidOperationException"><see cref="StartChapter"/> has not been called.</exception>
    public static ConsoleDisplay Display =>
        _display ?? throw new InvalidOperationException("Call ChapterApp.StartChapter(...) first: it sets where charts are written.");

    /// <summary>Whether <see cref="StartChapter"/> has run: this process is a chapter program. <see cref="CourseLib.Plots.LiveLossChart"/> asks.</summary>
    internal static bool IsStarted => _display is not null;

    /// <summary>
    /// Makes the program's own folder the working directory, so that relative paths mean what they mean in the
    /// notebook, which runs in <c>notebooks/</c> (the programs' folder <c>apps/</c> is its sibling), and sets the
    /// folder charts are written to. The first statement of every generated program, from <c>apps/01_data.cs</c> on.
    /// </summary>
    /// <param name="chartFolder">The chart folder, relative to the program's folder.</param>
    /// <param name="programFile">Filled in by the compiler: the program's source file.</param>
    public static void StartChapter(string chartFolder, [CallerFilePath] string programFile = "")
    {
        // Checked before anything changes: a bad call leaves the working directory and the console as they were.
        ArgumentException.ThrowIfNullOrWhiteSpace(chartFolder);
        ArgumentNullException.ThrowIfNull(programFile);
        var launchFolder = Environment.CurrentDirectory;
        var programFolder = Path.GetDirectoryName(programFile);
        if (!string.IsNullOrEmpty(programFolder) && Directory.Exists(programFolder))
            Environment.CurrentDirectory = programFolder;

        // A progress line only where a person watches a terminal; redirected output stays plain text.
        if (!Console.IsOutputRedirected && !Console.IsErrorRedirected)
        {
            _progress = new StatusLine(Console.Error);
            Console.SetOut(_progress.Wrap(Console.Out));
        }
        _display = new ConsoleDisplay(Console.Out, chartFolder, launchFolder);
    }

    /// <summary>
    /// Shows a value as a notebook shows a cell's last expression: see <see cref="ConsoleDisplay.Show"/>. Written by the
    /// generator wherever a notebook cell ends in an expression or calls <c>display(x)</c>, from <c>apps/01_data.cs</c> on.
    /// </summary>
    /// <exception cref="InvalidOperationException"><see cref="StartChapter"/> has not been called.</exception>
    public static void Show(object? value) => Display.Show(value);

    /// <summary>
    /// Shows a chart that the program will replace: see <see cref="ConsoleDisplay.ShowLive"/>. Called by a
    /// <see cref="CourseLib.Plots.LiveLossChart"/> created in a chapter program (<c>apps/12_live_training.cs</c>), and
    /// written by the generator where a notebook updates a display in place itself (<c>KernelInvocationContext.Current.Display</c>).
    /// </summary>
    public static LiveOutput ShowLive(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Display.ShowLive(value, _progress);
    }
}
