using System.Text;
using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;

namespace NotebookRunner;

/// <summary>
/// Turns the kernel's events for a notebook into .ipynb outputs the way VS Code records them: consecutive
/// writes to a stream become one stream output, a displayed value updated in place keeps its place (even in
/// an earlier cell), return values carry the execution count, failures become error outputs.
/// </summary>
public sealed class CellOutputs
{
    // The stream output a cell is still writing to. Its text grows in a builder and becomes the element's
    // text once the cell's events are recorded: building a new string per write would copy the whole text
    // so far each time (100,000 writes took 23 s that way, 200,000 took 85 s).
    private (List<InteractiveDocumentOutputElement> Outputs, string Stream, StringBuilder Text)? _openStream;
    private readonly Dictionary<string, (List<InteractiveDocumentOutputElement> Outputs, int Index)> _displays = new();
    // Displays produced by the running cell that no update has claimed yet (see Record).
    private readonly List<string> _unclaimedInCell = [];
    private InteractiveDocumentElement? _currentCell;

    /// <summary>Records a finished cell's events, in order, as outputs of <paramref name="cell"/>.</summary>
    public void Record(InteractiveDocumentElement cell, IEnumerable<KernelEvent> kernelEvents)
    {
        foreach (var kernelEvent in kernelEvents)
            Record(cell, kernelEvent);
        CloseStream();
    }

    /// <summary>Adds text to the cell's standard output, after what it has (as <c>#!time</c>'s wall time).</summary>
    public void AppendStandardOutput(InteractiveDocumentElement cell, string text)
    {
        AppendStream(cell.Outputs, "stdout", text);
        CloseStream();
    }

    private void Record(InteractiveDocumentElement cell, KernelEvent kernelEvent)
    {
        var outputs = cell.Outputs;
        if (!ReferenceEquals(cell, _currentCell))
        {
            _currentCell = cell;
            _unclaimedInCell.Clear();
        }
        if (kernelEvent is not (StandardOutputValueProduced or StandardErrorValueProduced or ErrorProduced))
            CloseStream();
        switch (kernelEvent)
        {
            case StandardOutputValueProduced e:
                AppendStream(outputs, "stdout", PlainText(e.FormattedValues));
                break;
            case StandardErrorValueProduced e:
                AppendStream(outputs, "stderr", PlainText(e.FormattedValues));
                break;
            case ErrorProduced e:
                AppendStream(outputs, "stderr", e.Message + Environment.NewLine);
                break;
            case DisplayedValueUpdated e when e.ValueId is not null && FindDisplay(e.ValueId) is { } shown:
                shown.Outputs[shown.Index] = new DisplayElement(Data(e.FormattedValues));
                break;
            case DisplayedValueProduced e:
                outputs.Add(new DisplayElement(Data(e.FormattedValues)));
                if (e.ValueId is not null)
                {
                    _displays[e.ValueId] = (outputs, outputs.Count - 1);
                    _unclaimedInCell.Add(e.ValueId);
                }
                break;
            case ReturnValueProduced e:
                outputs.Add(ReturnValue(e, cell.ExecutionOrder));
                break;
            case CommandFailed e:
                var (name, message) = FailureText.Describe(e);
                outputs.Add(new ErrorElement(errorName: name, errorValue: message, stackTrace: FailureText.Traceback(e)));
                break;
        }
    }

    /// <summary>
    /// The display an update refers to. In Microsoft.DotNet.Interactive 1.0.0-beta.26120.1, <c>display(x)</c>
    /// publishes its value under one id but returns a handle with another, so the handle's updates name an
    /// id never seen. Such an update is taken to belong to the latest display of the running cell that no
    /// update has claimed (right for the usual <c>var h = display(x); ... h.Update(y);</c>); from then on
    /// its id maps there. Updates through <c>KernelInvocationContext.Current.Display</c> carry the right id.
    /// </summary>
    private (List<InteractiveDocumentOutputElement> Outputs, int Index)? FindDisplay(string valueId)
    {
        if (_displays.TryGetValue(valueId, out var shown)) return shown;
        if (_unclaimedInCell.Count == 0) return null;
        var claimed = _unclaimedInCell[^1];
        _unclaimedInCell.RemoveAt(_unclaimedInCell.Count - 1);
        return _displays[valueId] = _displays[claimed];
    }

    public void RecordTimeout(InteractiveDocumentElement cell, TimeSpan timeout)
    {
        CloseStream();
        cell.Outputs.Add(new ErrorElement(errorName: "TimeoutException", errorValue: FailureText.Timeout(timeout), stackTrace: []));
    }

    private void AppendStream(List<InteractiveDocumentOutputElement> outputs, string stream, string text)
    {
        if (_openStream is { } open && ReferenceEquals(open.Outputs, outputs) && open.Stream == stream &&
            outputs.Count > 0 && outputs[^1] is TextElement)
        {
            open.Text.Append(text);
            return;
        }
        CloseStream();
        if (outputs.Count > 0 && outputs[^1] is TextElement last && last.Name == stream)
        {
            // A stream the cell wrote before something else was recorded (#!time's line after the cell's own).
            _openStream = (outputs, stream, new StringBuilder(last.Text).Append(text));
            return;
        }
        outputs.Add(new TextElement("", stream));
        _openStream = (outputs, stream, new StringBuilder(text));
    }

    /// <summary>Gives the open stream output its text; any other output ends a stream output.</summary>
    private void CloseStream()
    {
        if (_openStream is not { } open) return;
        _openStream = null;
        open.Outputs[^1] = new TextElement(open.Text.ToString(), open.Stream);
    }

    private static ReturnValueElement ReturnValue(ReturnValueProduced e, int executionOrder)
    {
        var element = new ReturnValueElement { ExecutionOrder = executionOrder };
        foreach (var (mimeType, value) in Data(e.FormattedValues)) element.Data[mimeType] = value;
        return element;
    }

    private static string PlainText(IEnumerable<FormattedValue> values) =>
        values.FirstOrDefault(v => v.MimeType == PlainTextFormatter.MimeType)?.Value ?? "";

    private static Dictionary<string, object> Data(IEnumerable<FormattedValue> values) =>
        values.GroupBy(v => v.MimeType).ToDictionary(g => g.Key, g => (object)g.First().Value);
}
