using System.Reflection;
using System.Runtime.InteropServices;
using TorchSharp;

namespace CourseLib.Tests.Adversarial;

/// <summary>How the library handled one bad input, in the four classes.</summary>
internal enum Verdict
{
    /// <summary>Refused with the expected exception, naming the parameter, saying what was wrong.</summary>
    ClearError,

    /// <summary>Accepted, and the result was right.</summary>
    RightAnswer,

    /// <summary>Refused, but not clearly: another exception type (NullReference, IndexOutOfRange, a libtorch error), or the wrong parameter.</summary>
    ObscureError,

    /// <summary>Accepted with a wrong result, or not refused when it had to be.</summary>
    SilentWrongAnswer,
}

internal sealed record CaseResult(BadInputCase Case, Verdict Verdict, string Detail);

/// <summary>Runs a case and classifies what happened.</summary>
internal static class Judge
{
    public static CaseResult Run(BadInputCase c)
    {
        object? result = null;
        Exception? error = null;
        using (torch.NewDisposeScope()) // the case's tensors are freed when it ends
        {
            try
            {
                result = c.Run();
            }
            catch (Exception e)
            {
                error = e is TargetInvocationException { InnerException: { } inner } ? inner : e;
            }
            return Classify(c, result, error);
        }
    }

    private static CaseResult Classify(BadInputCase c, object? result, Exception? error)
    {
        switch (c.Expect)
        {
            case Answers answers:
                if (error is not null) return new(c, Verdict.ObscureError, $"threw {Describe(error)}");
                return answers.IsRight(result)
                    ? new(c, Verdict.RightAnswer, "right answer")
                    : new(c, Verdict.SilentWrongAnswer, $"wrong answer: {result}");
            case Refused refused:
                if (error is null) return new(c, Verdict.SilentWrongAnswer, $"accepted, returned {result}");
                var problem = Problem(refused, error);
                return problem is null
                    ? new(c, Verdict.ClearError, Describe(error))
                    : new(c, Verdict.ObscureError, $"{problem}: {Describe(error)}");
            default:
                throw new InvalidOperationException(c.Expect.ToString());
        }
    }

    // Why an error is not the clear one expected, or null when it is.
    private static string? Problem(Refused refused, Exception error)
    {
        if (error is NullReferenceException or IndexOutOfRangeException or ExternalException or InvalidCastException
            or OverflowException or OutOfMemoryException or KeyNotFoundException)
            return "an error from deep inside, not a refusal";
        var type = refused.Type ?? typeof(ArgumentException);
        if (!type.IsInstanceOfType(error)) return $"expected {type.Name}";
        if (error is ArgumentException argument && refused.ParamName is not null && argument.ParamName != refused.ParamName)
            return $"names '{argument.ParamName}', not '{refused.ParamName}'";
        if (refused.Says is not null && !error.Message.Contains(refused.Says, StringComparison.Ordinal))
            return $"message does not say \"{refused.Says}\"";
        return null;
    }

    private static string Describe(Exception e) => $"{e.GetType().Name}: {e.Message.Split('\n')[0]}";
}
