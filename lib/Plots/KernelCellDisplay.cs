using System.Reflection;

namespace CourseLib.Plots;

/// <summary>
/// The running notebook cell's output, reached without a reference to .NET Interactive: the kernel that runs the
/// cell (VS Code's, Jupyter's, the course's runner) has its assemblies loaded already, so a display made through
/// <c>KernelInvocationContext.Current.Display(value)</c> is found by name. The library cannot reference those
/// packages itself: a notebook loads it into a kernel that brings its own, possibly other, version of them.
/// Used by <see cref="LiveDisplay"/> for <see cref="LiveLossChart"/> (notebook 12_live_training).
/// </summary>
/// <remarks>
/// Why the invocation context and not the kernel's <c>display(value)</c> helper: in .NET Interactive
/// 1.0.0-beta.26120.1 the handle that helper returns names another id than the output it made, so a front end
/// such as VS Code cannot match its updates to the output; the context's own display updates in place.
/// </remarks>
internal static class KernelCellDisplay
{
    private const string InteractiveAssembly = "Microsoft.DotNet.Interactive";
    private const string ContextType = "Microsoft.DotNet.Interactive.KernelInvocationContext";
    private const string ContextExtensionsType = "Microsoft.DotNet.Interactive.KernelInvocationContextExtensions";

    /// <summary>
    /// Displays <paramref name="value"/> under the running cell and returns how to replace it in place, or null when
    /// no notebook cell is running in this process (a program, a test).
    /// </summary>
    /// <exception cref="InvalidOperationException">A cell is running, but its .NET Interactive has no display method of the
    /// shape this library calls (a version this course was not written for).</exception>
    public static Action<object>? TryShow(object value)
    {
        foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies().Where(a => a.GetName().Name == InteractiveAssembly))
        {
            var contextType = assembly.GetType(ContextType);
            var context = contextType?.GetProperty("Current", BindingFlags.Public | BindingFlags.Static)?.GetValue(null);
            if (contextType is null || context is null)
                continue; // loaded, but no cell of this kernel is running on this call's flow
            var display = assembly.GetType(ContextExtensionsType)?.GetMethod("Display", BindingFlags.Public | BindingFlags.Static, [contextType, typeof(object), typeof(string[])])
                ?? throw Unsupported(assembly, "KernelInvocationContextExtensions.Display(context, value, mimeTypes)");
            var displayed = display.Invoke(null, BindingFlags.DoNotWrapExceptions, null, [context, value, Array.Empty<string>()], null)
                ?? throw Unsupported(assembly, "a display handle from KernelInvocationContextExtensions.Display");
            var update = displayed.GetType().GetMethod("Update", BindingFlags.Public | BindingFlags.Instance, [typeof(object)])
                ?? throw Unsupported(assembly, $"{displayed.GetType().Name}.Update(value)");
            return newValue => update.Invoke(displayed, BindingFlags.DoNotWrapExceptions, null, [newValue], null);
        }
        return null;
    }

    private static InvalidOperationException Unsupported(Assembly assembly, string missing) =>
        new($"This notebook's kernel runs .NET Interactive {assembly.GetName().Version}, which has no {missing}; the course's " +
            "live charts were written for 1.0.0-beta.26120.1 (the version Directory.Packages.props pins). Run the notebook in the course's runner or update the kernel.");
}
