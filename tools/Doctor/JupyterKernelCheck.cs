namespace Doctor;

/// <summary>
/// For the Jupyter route (Notebook, JupyterLab, VS Code's Jupyter extension): a <c>.net-csharp</c> kernel spec that
/// starts the pinned tool from any folder. The route is optional, so no Jupyter and no spec is a pass.
/// </summary>
public sealed class JupyterKernelCheck(string kernelsFolder, string? toolVersion, bool jupyterInstalled) : ICheck
{
    public const string InstallCommand = "dotnet run --project tools/Doctor -- --install-jupyter-kernel";

    public string Name => "Jupyter kernel";

    public CheckResult Run()
    {
        var argv = JupyterKernelSpec.InstalledArgv(kernelsFolder);
        if (argv is null)
            return jupyterInstalled
                ? new CheckResult(Name, false, $"Jupyter is installed but no {JupyterKernelSpec.KernelName} kernel is registered in {kernelsFolder}", InstallCommand)
                : new CheckResult(Name, true, "Jupyter not found (optional: VS Code's Jupyter extension needs only the kernel spec; README: Where to learn)");
        if (toolVersion is null)
            return new CheckResult(Name, false, "the repository's dotnet-tools.json names no dotnet-interactive version", "restore the repository's dotnet-tools.json from git");
        if (argv.SequenceEqual(JupyterKernelSpec.Argv(toolVersion)))
            return new CheckResult(Name, true, $"{JupyterKernelSpec.KernelName} runs dotnet-interactive {toolVersion} from any folder");
        var command = string.Join(' ', argv.Take(3));
        return command.StartsWith("dotnet interactive", StringComparison.Ordinal)
            ? new CheckResult(Name, false, $"{JupyterKernelSpec.KernelName} runs \"dotnet interactive\", which starts only inside this repository", InstallCommand)
            : new CheckResult(Name, false, $"{JupyterKernelSpec.KernelName} runs \"{string.Join(' ', argv)}\", not the pinned dotnet-interactive {toolVersion}", InstallCommand);
    }
}
