namespace AppGenerator;

/// <summary>A notebook construct the generator cannot turn into a program; the message says where and what to do.</summary>
public sealed class ConversionException(string where, string problem) : Exception($"{where}: {problem}")
{
    /// <summary>"notebooks/X.ipynb cell N".</summary>
    public string Where { get; } = where;
}
