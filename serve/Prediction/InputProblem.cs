namespace Serve.Prediction;

/// <summary>
/// What is wrong with a request's input, as an RFC 7807 problem: the status, a title for the kind of mistake, the
/// specific mistake (<paramref name="Detail"/>) and what the service accepts instead (<paramref name="Allowed"/>).
/// </summary>
internal sealed record InputProblem(int Status, string Title, string Detail, string Allowed, IReadOnlyList<string>? Errors = null)
{
    /// <summary>The problem-details response (application/problem+json) with <c>allowed</c> and, if several, <c>errors</c> members.</summary>
    public IResult ToResult()
    {
        var extensions = new Dictionary<string, object?> { ["allowed"] = Allowed };
        if (Errors is { Count: > 0 }) extensions["errors"] = Errors;
        return Results.Problem(detail: Detail, statusCode: Status, title: Title, extensions: extensions);
    }
}
