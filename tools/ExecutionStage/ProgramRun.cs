namespace ExecutionStage;

/// <summary>One run of a chapter program: artifacts/programs/NN_name.json.</summary>
public sealed record ProgramRun(string Command, int ExitCode, bool TimedOut, string StandardOutput, string StandardError, double Seconds, DateTime StartedUtc);
