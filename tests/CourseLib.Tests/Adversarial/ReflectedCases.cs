using System.Reflection;
using TorchSharp;
using static TorchSharp.torch;

namespace CourseLib.Tests.Adversarial;

/// <summary>
/// The bad inputs every entry is tried with, mechanically: each reference parameter set to null (refused naming it,
/// unless it is declared optional, when the call must succeed), each tensor or model parameter given one already
/// disposed, each list of tensors or names given a null or disposed entry.
/// </summary>
internal static class ReflectedCases
{
    private static readonly NullabilityInfoContext Nullability = new();

    /// <summary>The entry called with valid arguments only: the baseline every reflected case varies one argument of.</summary>
    public static BadInputCase Baseline(MethodBase m) =>
        new(PublicEntries.Name(m), "valid arguments", "the suite's valid sample arguments", () => Call(m, _ => null), new Answers(_ => true));

    public static IEnumerable<BadInputCase> For(MethodBase m)
    {
        string entry = PublicEntries.Name(m);
        foreach (var p in m.GetParameters())
        {
            var t = p.ParameterType;
            if (!t.IsValueType)
            {
                bool optional = Nullability.Create(p).WriteState == NullabilityState.Nullable;
                yield return new(entry, "null", $"{p.Name} = null", () => Call(m, q => q == p ? Null.Value : null),
                    optional ? new Answers(_ => true) : new Refused(p.Name, Type: typeof(ArgumentNullException)));
            }
            if (t == typeof(Tensor))
                yield return new(entry, "disposed tensor", $"{p.Name} disposed", () => Call(m, q => q == p ? Samples.Disposed() : null),
                    new Refused(p.Name, Says: "dispose scope"));
            if (t == typeof(Tensor))
            {
                // A tensor with a shape but no values, and one whose imaginary part a reader would drop.
                yield return new(entry, "meta device", $"{p.Name} on the meta device",
                    () => Call(m, q => q == p ? Samples.Valid(m, q).to(torch.META) : null), new Refused(p.Name, Says: "meta"));
                yield return new(entry, "complex, half, bool or int dtype", $"{p.Name} complex",
                    () => Call(m, q => q == p ? Samples.Valid(m, q).to(ScalarType.ComplexFloat32) : null), new Refused(p.Name, Says: "complex"));
                // Other real dtypes: a refusal must be clear, and nothing may fail deep inside.
                foreach (var dtype in new[] { ScalarType.Float16, ScalarType.BFloat16, ScalarType.Bool, ScalarType.Int32, ScalarType.Float64 })
                    yield return new(entry, "complex, half, bool or int dtype", $"{p.Name} as {dtype}",
                        () => Call(m, q => q == p ? Samples.Valid(m, q).to(dtype) : null), new RefusedOrAccepted(p.Name!));
            }
            if (typeof(nn.Module).IsAssignableFrom(t) && !typeof(nn.Module<Tensor, Tensor, Tensor>).IsAssignableFrom(t))
                yield return new(entry, "meta device", $"{p.Name} on the meta device",
                    () => Call(m, q => q == p ? Samples.MetaModel() : null), new Refused(p.Name, Says: "meta device"));
            if (typeof(nn.Module).IsAssignableFrom(t) && !typeof(nn.Module<Tensor, Tensor, Tensor>).IsAssignableFrom(t))
                yield return new(entry, "disposed model", $"{p.Name} disposed", () => Call(m, q => q == p ? Samples.DisposedModel() : null),
                    new Refused(p.Name, Says: "disposed"));
            if (t == typeof(Tensor[]))
            {
                yield return new(entry, "null", $"{p.Name}[1] = null", () => Call(m, q => q == p ? new[] { Samples.Features(), null! } : null),
                    new Refused($"{p.Name}[1]", Type: typeof(ArgumentNullException)));
                yield return new(entry, "disposed tensor", $"{p.Name}[0] disposed", () => Call(m, q => q == p ? new[] { Samples.Disposed(), Samples.IntLabels() } : null),
                    new Refused($"{p.Name}[0]", Says: "dispose scope"));
            }
            if (t == typeof(IReadOnlyList<string>))
                yield return new(entry, "null", $"{p.Name} holding a null name", () => Call(m, q => q == p ? new[] { "a", null! } : null),
                    new Refused(p.Name));
        }
    }

    /// <summary>Marks "pass null here" (a null from the override means "use the sample").</summary>
    private sealed class Null
    {
        public static readonly Null Value = new();
    }

    private static object? Call(MethodBase m, Func<ParameterInfo, object?> overrideFor)
    {
        var samples = new Samples();
        Samples.Prepare(m);
        var args = m.GetParameters().Select(p => overrideFor(p) switch
        {
            Null => null,
            null => samples.Argument(m, p),
            var value => value,
        }).ToArray();
        object? target = m.IsStatic || m is ConstructorInfo ? null : samples.Instance(m.DeclaringType!);
        return m is ConstructorInfo ctor ? ctor.Invoke(args) : m.Invoke(target, args);
    }
}
