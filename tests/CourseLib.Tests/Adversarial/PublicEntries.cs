using System.Reflection;
using CourseLib.Models;
using TorchSharp.Modules;

namespace CourseLib.Tests.Adversarial;

/// <summary>
/// Every public entry of CourseLib that takes arguments, found by reflection: the constructors, methods and implicit
/// conversions of its public types, except <c>CourseLib.Setup</c> (the setup cell's code, outside this suite) and the
/// members a record or struct gets from the compiler (equality, <c>ToString</c>, deconstruction).
/// </summary>
internal static class PublicEntries
{
    private static readonly HashSet<string> CompilerMade =
        ["Equals", "GetHashCode", "ToString", "Deconstruct", "PrintMembers", "<Clone>$", "op_Equality", "op_Inequality", "GetEnumerator"];

    public static IReadOnlyList<MethodBase> All { get; } = Find();

    public static string Name(MethodBase m) =>
        $"{m.DeclaringType!.Name}.{(m is ConstructorInfo ? "new" : m.Name)}({string.Join(", ", m.GetParameters().Select(p => p.ParameterType.Name + " " + p.Name))})";

    private static MethodBase[] Find()
    {
        var types = typeof(ModelFiles).Assembly.GetExportedTypes().Where(t => t.Namespace != "CourseLib.Setup");
        const BindingFlags Declared = BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        return types
            .SelectMany(t => t.GetMethods(Declared).Cast<MethodBase>().Concat(t.GetConstructors()))
            .Where(m => m is ConstructorInfo || !m.IsSpecialName || m.Name == "op_Implicit")
            .Where(m => !CompilerMade.Contains(m.Name))
            .Where(m => m.GetParameters().Length > 0)
            .Where(m => !m.GetParameters().Any(p => p.ParameterType.IsByRefLike || (p.ParameterType.IsGenericType && p.ParameterType.Name.StartsWith("Span"))))
            .Select(Close)
            .OrderBy(Name, StringComparer.Ordinal)
            .ToArray();
    }

    // Generic methods are tried with one concrete type argument.
    private static MethodBase Close(MethodBase m) =>
        m is MethodInfo { IsGenericMethodDefinition: true } generic
            ? generic.MakeGenericMethod(generic.GetGenericArguments()
                .Select(a => a.GetGenericParameterConstraints().Any() ? typeof(Sequential) : typeof(int)).ToArray())
            : m;
}
