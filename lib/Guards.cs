using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using TorchSharp;
using static TorchSharp.torch;

namespace CourseLib;

/// <summary>
/// The argument checks every public entry of the library shares: tensors and models that are null or already
/// disposed, numbers that must be finite, enum values that must be defined, lists without null entries, and
/// sizes that must fit in an array. Each throws an <see cref="ArgumentException"/> (or a subclass) naming the
/// parameter, what was wrong, and the fix. (The data generators' range checks, worded like scikit-learn's,
/// are in <c>CourseLib.Data.Checks</c>.)
/// </summary>
internal static class Guards
{
    /// <summary>
    /// The largest number of elements one .NET array may hold (<see cref="Array.MaxLength"/>): sizes beyond it
    /// would overflow or fail deep inside the runtime, so they are refused up front with the parameter's name.
    /// </summary>
    public static long MaxElements => Array.MaxLength;

    /// <summary>
    /// Throws unless <paramref name="tensor"/> is a tensor whose values can be read: not disposed, not on the
    /// <c>meta</c> device (which holds a shape but no values), and of a real number type (a complex tensor's
    /// imaginary part would be dropped without a word). Every public entry that takes a tensor calls it first,
    /// so none of these reaches libtorch or a chart.
    /// </summary>
    public static Tensor Live([NotNull] Tensor? tensor, [CallerArgumentExpression(nameof(tensor))] string name = "")
    {
        ArgumentNullException.ThrowIfNull(tensor, name);
        if (tensor.IsInvalid)
            throw new ArgumentException(Disposed(name, "tensor"), name);
        if (tensor.device_type == DeviceType.META)
            throw new ArgumentException(
                $"{name} is on the meta device: it has a shape ([{string.Join(", ", tensor.shape)}]) but no values to read. " +
                $"Create it on the CPU (the default), or move real values there with {name}.to(torch.CPU) after filling them in.", name);
        if (tensor.is_complex())
            throw new ArgumentException(
                $"{name} has the complex dtype {tensor.dtype}; the course works with real numbers, and reading it here would drop the " +
                $"imaginary part without a word. Pass {name}.real (or torch.abs({name})) if that is what you mean.", name);
        return tensor;
    }

    /// <summary>Throws unless <paramref name="module"/> is a model whose parameters and buffers are still there.</summary>
    public static T LiveModule<T>([NotNull] T? module, [CallerArgumentExpression(nameof(module))] string name = "") where T : nn.Module
    {
        ArgumentNullException.ThrowIfNull(module, name);
        bool disposed;
        try
        {
            disposed = HandleReleased(module) || module.parameters().Any(p => p.IsInvalid) || module.buffers().Any(b => b.IsInvalid);
        }
        catch (Exception e) when (e is InvalidOperationException or ExternalException or NullReferenceException)
        {
            disposed = true; // a module whose native handle is gone cannot even list its parameters
        }
        if (disposed)
            throw new ArgumentException(Disposed(name, "model"), name);
        if (UnregisteredField(module) is { } field)
            throw new ArgumentException(
                $"{name} has a layer or parameter in its field '{field}' that it never registered, so it is not among the model's " +
                "parameters: an optimizer would not train it, and a saved file would not hold it. In the model's constructor, after " +
                "creating its layers, call RegisterComponents() (notebook 02 shows it).", name);
        if (module.parameters().Any(p => p.device_type == DeviceType.META))
            throw new ArgumentException(
                $"{name} has parameters on the meta device: shapes without values, so it cannot compute anything. " +
                $"Create it on the CPU (the default), or load its weights before using it.", name);
        return module;
    }

    // Module.Dispose releases the module's native handle and forgets its parameters, so a disposed module can look
    // like an empty one; TorchSharp exposes no IsDisposed, so the (internal) handle is read. TorchSharp is pinned
    // (Directory.Packages.props); if a later version renames the field, only this extra check is lost.
    private static readonly FieldInfo? ModuleHandle =
        typeof(nn.Module).GetField("handle", BindingFlags.Instance | BindingFlags.NonPublic);

    /// <summary>
    /// The name of a field of a module of the learner's own (or of one of its submodules) that holds a layer or a
    /// parameter the module did not register, or null: what a constructor without <c>RegisterComponents()</c> leaves.
    /// TorchSharp's own modules register what they hold, so only types from elsewhere are read.
    /// </summary>
    private static string? UnregisteredField(nn.Module module)
    {
        var children = module.named_children().Select(c => (object)c.module).ToHashSet(ReferenceEqualityComparer.Instance);
        var parameters = module.named_parameters(recurse: false).Select(p => (object)p.parameter).ToHashSet(ReferenceEqualityComparer.Instance);
        const BindingFlags Fields = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        for (var type = module.GetType(); type is not null && type.Assembly != typeof(nn.Module).Assembly; type = type.BaseType)
            foreach (var field in type.GetFields(Fields))
            {
                var value = field.GetValue(module);
                if (value is nn.Module layer && !children.Contains(layer)) return field.Name;
                if (value is TorchSharp.Modules.Parameter parameter && !parameters.Contains(parameter)) return field.Name;
            }
        foreach (var (_, child) in module.named_children())
            if (UnregisteredField(child) is { } found) return found;
        return null;
    }

    private static bool HandleReleased(nn.Module module) =>
        ModuleHandle?.GetValue(module) is SafeHandle handle && (handle.IsClosed || handle.IsInvalid);

    /// <summary>The longest file name the file systems the course runs on accept, in bytes (ext4, APFS, NTFS alike).</summary>
    public const int LongestFileName = 255;

    /// <summary>
    /// Throws unless <paramref name="path"/> can name a file: set, not blank, without a NUL character, and with a file
    /// name the file system accepts. Every entry that writes a file calls it, before any temporary file is made.
    /// </summary>
    /// <returns>The full path.</returns>
    public static string FilePath([NotNull] string? path, [CallerArgumentExpression(nameof(path))] string name = "")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path, name);
        if (path.Contains('\0'))
            throw new ArgumentException($"{name} contains a NUL character (\\0), which no file name may hold.", name);
        string full = Path.GetFullPath(path);
        int nameBytes = System.Text.Encoding.UTF8.GetByteCount(Path.GetFileName(full));
        if (nameBytes > LongestFileName)
            throw new ArgumentException(
                $"The file name in {name} is {nameBytes} bytes long; file systems allow at most {LongestFileName}. Choose a shorter name.", name);
        return full;
    }

    /// <summary>Throws unless every entry of <paramref name="items"/> is set.</summary>
    public static void NoNulls<T>(IEnumerable<T?> items, string name)
    {
        int i = 0;
        foreach (var item in items)
        {
            if (item is null)
                throw new ArgumentException($"{name}[{i}] is null; every entry must be set.", name);
            i++;
        }
    }

    /// <summary>Throws unless <paramref name="value"/> is a finite number (not NaN, not ±infinity).</summary>
    public static double Finite(double value, [CallerArgumentExpression(nameof(value))] string name = "")
    {
        if (!double.IsFinite(value))
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be a finite number; got {Format(value)}.");
        return value;
    }

    /// <summary>Throws unless <paramref name="value"/> is one of the enum's named values (a cast such as <c>(Average)42</c> is not).</summary>
    public static TEnum Defined<TEnum>(TEnum value, [CallerArgumentExpression(nameof(value))] string name = "") where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
            throw new ArgumentOutOfRangeException(name, value,
                $"{name} is {value}, which is not a {typeof(TEnum).Name}; use one of {string.Join(", ", Enum.GetNames<TEnum>().Select(n => $"{typeof(TEnum).Name}.{n}"))}.");
        return value;
    }

    /// <summary>Throws unless a product of counts fits in one array (<see cref="MaxElements"/>).</summary>
    public static long FitsInArray(string name, string what, params long[] factors)
    {
        long product = 1;
        foreach (long f in factors)
        {
            if (f > 0 && product > MaxElements / f)
                throw TooLarge(name, what, factors);
            product *= f;
        }
        if (product > MaxElements)
            throw TooLarge(name, what, factors);
        return product;
    }

    /// <summary>Throws when a floating-point tensor holds NaN or ±infinity (checked once; the caller says when).</summary>
    public static void AllFinite(Tensor tensor, string name, string hint)
    {
        if (!tensor.is_floating_point() || tensor.numel() == 0) return;
        using var scope = NewDisposeScope();
        if (!isfinite(tensor).all().item<bool>())
        {
            long bad = (~isfinite(tensor)).sum().item<long>();
            throw new ArgumentException($"{name} holds {bad} value(s) that are NaN or infinite. {hint}", name);
        }
    }

    /// <summary>A double as the messages show it: shortest round-trip digits, NaN and infinity spelled out.</summary>
    public static string Format(double value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);

    private static ArgumentOutOfRangeException TooLarge(string name, string what, long[] factors) =>
        new(name, $"{what} would be {string.Join(" × ", factors)} elements, more than one array can hold ({MaxElements:N0}); use smaller sizes.");

    private static string Disposed(string name, string kind) =>
        $"{name} is a {kind} that has already been disposed: its memory was freed, most likely because it was created inside a " +
        "dispose scope (using var scope = torch.NewDisposeScope()) that has ended, or disposed by hand. To keep it, create it " +
        "outside that scope" + (kind == "tensor"
            ? $", or call {name}.MoveToOuterDisposeScope() (or DetachFromDisposeScope()) before the scope ends."
            : ", or create a new one.");
}

/// <summary>
/// Checks for the arrays a result record carries (curves, named columns): set, and as long as the arrays they go with.
/// </summary>
internal static class ArrayGuards
{
    /// <summary>Throws unless <paramref name="array"/> is set.</summary>
    public static T[] Set<T>([NotNull] T[]? array, [CallerArgumentExpression(nameof(array))] string name = "")
    {
        ArgumentNullException.ThrowIfNull(array, name);
        return array;
    }

    /// <summary>Throws unless <paramref name="array"/> is set and holds at least one entry (<paramref name="rule"/> says why).</summary>
    public static T[] NonEmpty<T>([NotNull] T[]? array, string rule, [CallerArgumentExpression(nameof(array))] string name = "")
    {
        ArgumentNullException.ThrowIfNull(array, name);
        if (array.Length == 0)
            throw new ArgumentException($"{name} is empty: {rule}.", name);
        return array;
    }

    /// <summary>Throws unless <paramref name="array"/> is set and holds exactly <paramref name="length"/> entries.</summary>
    /// <param name="array">The array checked.</param>
    /// <param name="length">The length it must have.</param>
    /// <param name="rule">Why, in words, e.g. "one per entry of Fpr".</param>
    /// <param name="name">The parameter's name.</param>
    public static T[] OfLength<T>([NotNull] T[]? array, int length, string rule, [CallerArgumentExpression(nameof(array))] string name = "")
    {
        ArgumentNullException.ThrowIfNull(array, name);
        if (array.Length != length)
            throw new ArgumentException($"{name} has {array.Length} entries but must have {length}: {rule}.", name);
        return array;
    }
}
