using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace CourseLib.Plots;

/// <summary>
/// Puts a module and all its submodules in eval mode and, when disposed, gives every one of them back the
/// train/eval flag it had — even when submodules were in different modes.
/// </summary>
internal sealed class EvaluationMode : IDisposable
{
    // Pre-order (each module before its descendants): restoring in this order works although train(bool)
    // recurses, because a descendant's own flag is set after its ancestor's recursive call.
    private readonly List<(Module Module, bool Training)> _flags = [];

    public EvaluationMode(Module module)
    {
        Record(module);
        if (_flags.Any(f => f.Training))
            module.eval();
    }

    public void Dispose()
    {
        if (!_flags.Any(f => f.Training))
            return;
        foreach (var (module, training) in _flags)
            module.train(training);
    }

    private void Record(Module module)
    {
        _flags.Add((module, module.training));
        foreach (var (_, child) in module.named_children())
            Record(child);
    }
}
