using System.Runtime.InteropServices;
using CourseLib.Plots;
using static TorchSharp.torch;

namespace CourseLib.Exercises;

/// <summary>
/// Runs a learner's model the way a check must: in eval mode, without recording gradients, on the model's own
/// device, and with the model's training mode given back afterwards, so that running a check cell changes nothing
/// the learner trains next. Shared by the model step of the classifier checklist and the test-accuracy check.
/// </summary>
internal static class LearnerModel
{
    /// <summary>
    /// The model's output for <paramref name="input"/> (made on the model's device), or null with libtorch's reason
    /// (its first line) when the model cannot take that input: a wrong number of features is the learner's next
    /// step to fix, not a crash.
    /// </summary>
    /// <exception cref="ArgumentException">The model has been disposed (a bare layer shows it only when called).</exception>
    public static Tensor? TryCall(nn.Module<Tensor, Tensor> model, Func<Device, Tensor> input, string shownAs, string parameter,
        out string reason)
    {
        bool wasTraining = model.training;
        try
        {
            model.eval();
            var (device, _) = ModelPlacement.Of(model);
            using (inference_mode())
            {
                reason = "";
                return model.call(input(device));
            }
        }
        catch (InvalidOperationException e) when (e.Message.Contains("Tensor invalid", StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"{shownAs} has been disposed (its tensors were freed): create and train it again, then run this check.", parameter, e);
        }
        catch (ExternalException e)
        {
            reason = e.Message.Split('\n', 2)[0].Trim();
            return null;
        }
        finally
        {
            if (wasTraining) model.train();
        }
    }
}
