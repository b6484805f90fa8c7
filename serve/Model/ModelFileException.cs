namespace Serve.Model;

/// <summary>
/// The model file cannot be served: missing, damaged or of another architecture. Its message names the file and
/// says how to get a good one; the service prints it and stops instead of starting without a model.
/// </summary>
internal sealed class ModelFileException(string message, Exception? inner = null) : Exception(message, inner);
