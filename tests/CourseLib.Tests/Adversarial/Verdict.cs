using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;
using TorchSharp;

namespace CourseLib.Tests.Adversarial;

/// <summary>How the library handled one bad input, in the issue's four classes.</summary>
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

    /// <summary>Still running after <see cref="Judge.TimeLimit"/>: a size that should have been refused up front, or a hang.</summary>
    TooSlow,
}

internal sealed record CaseResult(BadInputCase Case, Verdict Verdict, string Detail, TimeSpan Took);

/// <summary>Runs a case and classifies what happened.</summary>
internal static class Judge
{
    /// <summary>The longest any case may take: bad sizes must be refused before the work, not after it.</summary>
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(10);

    public static CaseResult Run(BadInputCase c)
    {
        // On a thread of its own so that a hang is reported as one (the thread is abandoned) instead of stopping the suite.
        (Verdict Verdict, string Detail)? judged = null;
        var clock = Stopwatch.StartNew();
        var thread = new Thread(() =>
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
                judged = Classify(c, result, error);
            }
        }, maxStackSize: 16 << 20) { IsBackground = true, Name = c.Id };
        thread.Start();
        if (!thread.Join(TimeLimit))
            return new(c, Verdict.TooSlow, $"still running after {TimeLimit.TotalSeconds:0} s", clock.Elapsed);
        var took = clock.Elapsed;
        return took > TimeLimit
            ? new(c, Verdict.TooSlow, $"took {took.TotalSeconds:0.0} s ({judged!.Value.Detail})", took)
            : new(c, judged!.Value.Verdict, judged.Value.Detail, took);
    }

    private static (Verdict, string) Classify(BadInputCase c, object? result, Exception? error)
    {
        switch (c.Expect)
        {
            case Answers answers:
                if (error is not null) return (Verdict.ObscureError, $"threw {Describe(error)}");
                return answers.IsRight(result)
                    ? (Verdict.RightAnswer, "right answer")
                    : (Verdict.SilentWrongAnswer, $"wrong answer: {result}");
            case Refused refused:
                if (error is null) return (Verdict.SilentWrongAnswer, $"accepted, returned {result}");
                var problem = Problem(refused, error);
                return problem is null
                    ? (Verdict.ClearError, Describe(error))
                    : (Verdict.ObscureError, $"{problem}: {Describe(error)}");
            case RefusedOrAccepted either:
                if (error is null) return (Verdict.RightAnswer, "accepted");
                var unclear = Problem(new Refused(either.ParamName), error);
                return unclear is null
                    ? (Verdict.ClearError, Describe(error))
                    : (Verdict.ObscureError, $"{unclear}: {Describe(error)}");
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
        if (InternalOnly.FirstOrDefault(name => Recommends(error.Message, name)) is { } hidden)
            return $"message recommends {hidden}(…), which a learner cannot call (it is internal)";
        return null;
    }

    // "FitTransform" anywhere (a compound name is no English word), "Check(" only as a call: "Check the split" is prose.
    private static bool Recommends(string message, string name) =>
        name.Count(char.IsUpper) >= 2
            ? System.Text.RegularExpressions.Regex.IsMatch(message, $@"\b{name}\b")
            : message.Contains(name + "(", StringComparison.Ordinal);

    // Methods of CourseLib that are internal under every name they have: a message must not send a learner to them.
    private static readonly string[] InternalOnly = Internals();

    private static string[] Internals()
    {
        var types = typeof(CourseLib.Models.ModelFiles).Assembly.GetTypes();
        const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        var methods = types.SelectMany(t => t.GetMethods(All).Select(m => (Type: t, Method: m))).Where(x => !x.Method.IsSpecialName).ToArray();
        var visible = methods.Where(x => x.Type.IsVisible && (x.Method.IsPublic || x.Method.IsFamily)).Select(x => x.Method.Name).ToHashSet();
        // TorchSharp's and .NET's names (call, to, Fit of another library…) are theirs to recommend: only CourseLib's own.
        var torchSharp = typeof(torch).Assembly.GetTypes().SelectMany(t => t.GetMethods()).Select(m => m.Name).ToHashSet();
        return methods.Select(x => x.Method.Name).Where(n => !visible.Contains(n) && !torchSharp.Contains(n) && char.IsUpper(n[0]) && !n.Contains('<'))
            .Distinct().ToArray();
    }

    private static string Describe(Exception e) => $"{e.GetType().Name}: {e.Message.Split('\n')[0]}";
}
