using CourseLib.Apps;

namespace CourseLib.Plots;

/// <summary>
/// Where a value that will be updated in place is shown, found where the code runs, so that a lesson's code is the
/// same in every front end: in a notebook, under the running cell (<see cref="KernelCellDisplay"/>); in a chapter
/// program (<c>apps/</c>, after <see cref="ChapterApp.StartChapter"/>), as a chart page the program rewrites
/// (<see cref="ChapterApp.ShowLive"/>); anywhere else nowhere, and the caller prints instead. Used by
/// <see cref="LiveLossChart"/> (notebook 12_live_training).
/// </summary>
internal static class LiveDisplay
{
    /// <summary>Shows <paramref name="value"/> and returns how to replace it, or null where there is nowhere to show it.</summary>
    public static Action<object>? TryShow(object value) =>
        KernelCellDisplay.TryShow(value) ?? (ChapterApp.IsStarted ? ChapterApp.ShowLive(value).Update : null);
}
