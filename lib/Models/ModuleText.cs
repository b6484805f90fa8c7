using System.Text;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace CourseLib.Models;

/// <summary>
/// Prints a model the way PyTorch's <c>print(model)</c> does, so a learner can compare architectures with
/// the Python course line by line:
/// <code>
/// CircleModelV0(
///   (layer1): Linear(in_features=2, out_features=5, bias=True)
///   (layer2): Linear(in_features=5, out_features=1, bias=True)
/// )
/// </code>
/// Introduced in <c>02_model.ipynb</c>, where the first model is printed.
/// </summary>
public static class ModuleText
{
    /// <summary>
    /// The model as PyTorch prints it: its class, then each named child on its own line, nested; a <c>Linear</c> layer
    /// with its sizes and whether it has a bias. Introduced in <c>02_model.ipynb</c>, as
    /// <c>Console.WriteLine(model0.Describe())</c> where the Python course calls <c>print(model)</c>.
    /// </summary>
    /// <param name="module">The model (any <c>nn.Module</c>).</param>
    /// <returns>The lines PyTorch's <c>print(model)</c> shows for the same architecture.</returns>
    /// <exception cref="ArgumentException"><paramref name="module"/> is null (<see cref="ArgumentNullException"/>) or disposed.</exception>
    public static string Describe(this nn.Module module)
    {
        Guards.LiveModule(module);
        var text = new StringBuilder();
        Write(text, module, indent: "");
        return text.ToString();
    }

    private static void Write(StringBuilder text, nn.Module module, string indent)
    {
        var children = module.named_children().ToList();
        if (children.Count == 0)
        {
            text.Append(Leaf(module));
            return;
        }
        text.Append(Name(module)).Append("(\n");
        foreach (var (name, child) in children)
        {
            text.Append(indent).Append("  (").Append(name).Append("): ");
            Write(text, child, indent + "  ");
            text.Append('\n');
        }
        text.Append(indent).Append(')');
    }

    private static string Leaf(nn.Module module) => module switch
    {
        Linear linear => $"Linear(in_features={linear.weight!.shape[1]}, out_features={linear.weight.shape[0]}, bias={(linear.bias is null ? "False" : "True")})",
        _ => $"{Name(module)}()",
    };

    // C# script cells nest classes in a submission class ("Submission#5+CircleModelV0"); show the class name.
    private static string Name(nn.Module module) => module.GetType().Name;
}
