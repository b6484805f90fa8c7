using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Serve.Tests;

/// <summary>
/// Every bad input the issue lists gets a 4xx RFC 7807 problem (application/problem+json) that says what was wrong
/// and what is allowed: never a 500, a stack trace, or a prediction made from garbage.
/// </summary>
[Trait("Tier", "Full")] // trains the digits model the service loads (the train command, once per run)
public sealed class BadInputTests(TrainedModel model) : IAsyncLifetime
{
    private static readonly string Zeros63 = string.Join(",", Enumerable.Repeat("0", 63));

    private readonly DigitsServiceFactory _service = new(model.Path);
    private HttpClient _client = null!;

    public ValueTask InitializeAsync()
    {
        _client = _service.CreateClient();
        return ValueTask.CompletedTask;
    }

    /// <summary>A JSON body, what the problem's detail must say, and its title.</summary>
    public static TheoryData<string, string, string> BadBodies => new()
    {
        { Pixels(63), "\"pixels\" has 63 numbers; an 8 × 8 image has 64", "Wrong number of pixels" },
        { Pixels(65), "\"pixels\" has 65 numbers; an 8 × 8 image has 64", "Wrong number of pixels" },
        { "{\"pixels\": []}", "\"pixels\" has 0 numbers; an 8 × 8 image has 64", "Wrong number of pixels" },
        { $"{{\"pixels\": [{Zeros63},null]}}", "Pixel 63 (row 7, column 7) is null. JSON has no NaN or Infinity", "A pixel is not a number from 0 to 16" },
        { $"{{\"pixels\": [\"NaN\",{Zeros63}]}}", "Pixel 0 (row 0, column 0) is the string \"NaN\": NaN and infinite values are not pixels", "A pixel is not a number from 0 to 16" },
        { $"{{\"pixels\": [\"-Infinity\",{Zeros63}]}}", "Pixel 0 (row 0, column 0) is the string \"-Infinity\": NaN and infinite values are not pixels", "A pixel is not a number from 0 to 16" },
        { $"{{\"pixels\": [0,1e999,{Zeros63[2..]}]}}", "Pixel 1 (row 0, column 1) is 1e999, too large to be a finite number", "A pixel is not a number from 0 to 16" },
        { $"{{\"pixels\": [{Zeros63},17]}}", "Pixel 63 (row 7, column 7) is 17, out of range: pixels run from 0 (blank) to 16 (all ink)", "A pixel is not a number from 0 to 16" },
        { $"{{\"pixels\": [{Zeros63[..^2]},-0.5,0]}}", "Pixel 62 (row 7, column 6) is -0.5, out of range", "A pixel is not a number from 0 to 16" },
        { $"{{\"pixels\": [\"3\",{Zeros63}]}}", "Pixel 0 (row 0, column 0) is a JSON string, not a number", "A pixel is not a number from 0 to 16" },
        { $"{{\"pixels\": [true,{Zeros63}]}}", "Pixel 0 (row 0, column 0) is a JSON boolean, not a number", "A pixel is not a number from 0 to 16" },
        { "", "The body is empty", "The request has no body" },
        { "  \n ", "The body is empty", "The request has no body" },
        { "{\"pixels\": [1, 2,", "The body is not valid JSON", "The body is not valid JSON" },
        { "[1, 2, 3]", "The body is a JSON array, not an object with a \"pixels\" member", "The body is not a JSON object" },
        { "{\"image\": [1, 2, 3]}", "The JSON object has no \"pixels\" member", "The body has no pixels" },
        { "{\"pixels\": \"0,0,0\"}", "\"pixels\" is a JSON string; it must be an array of 64 numbers", "pixels is not an array" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task A_bad_body_is_a_400_problem_saying_what_was_wrong_and_what_is_allowed(string body, string detail, string title)
    {
        var response = await _client.PostAsync("/predict", new StringContent(body, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(title, (string?)problem["title"]);
        Assert.Contains(detail, (string?)problem["detail"]);
    }

    [Fact]
    public async Task Every_wrong_pixel_is_listed_not_only_the_first()
    {
        string body = $"{{\"pixels\": [17,null,\"NaN\",-1,{string.Join(",", Enumerable.Repeat("0", 60))}]}}";

        var problem = await AssertProblemAsync(await PostJsonAsync(body), HttpStatusCode.BadRequest);

        Assert.Contains("(4 pixels are wrong; all are listed in \"errors\")", (string?)problem["detail"]);
        var errors = problem["errors"]!.AsArray().Select(e => (string)e!).ToArray();
        Assert.Equal(["Pixel 0 ", "Pixel 1 ", "Pixel 2 ", "Pixel 3 "], errors.Select(e => e[..8]));
    }

    [Theory]
    [InlineData("text/plain", "The request has Content-Type text/plain; charset=utf-8; /predict reads JSON")]
    [InlineData("application/xml", "The request has Content-Type application/xml; charset=utf-8; /predict reads JSON")]
    [InlineData(null, "The request has no Content-Type; /predict reads JSON")]
    public async Task A_body_that_is_not_JSON_is_a_400_problem_naming_the_type_sent(string? mediaType, string detail)
    {
        var content = new StringContent(Pixels(64), Encoding.UTF8);
        content.Headers.ContentType = mediaType is null ? null : new MediaTypeHeaderValue(mediaType) { CharSet = "utf-8" };

        var response = await _client.PostAsync("/predict", content, TestContext.Current.CancellationToken);

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains(detail, (string?)problem["detail"]);
        Assert.Contains("Send Content-Type: application/json", (string?)problem["detail"]);
    }

    [Fact]
    public async Task A_huge_body_is_a_400_problem_stating_the_limit()
    {
        string huge = "{\"pixels\": [" + string.Join(",", Enumerable.Repeat("16", 100_000)) + "]}";

        var problem = await AssertProblemAsync(await PostJsonAsync(huge), HttpStatusCode.BadRequest);

        Assert.Contains($"The body is {Encoding.UTF8.GetByteCount(huge):N0} bytes; /predict accepts at most 16,384 bytes", (string?)problem["detail"]);
    }

    [Fact]
    public async Task A_huge_body_sent_in_chunks_without_a_length_is_refused_too()
    {
        var content = new StreamContent(new MemoryStream(new byte[1_000_000]));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/predict") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("The body is more than 16,384 bytes", (string?)problem["detail"]);
    }

    [Fact]
    public async Task A_wrong_method_or_path_is_a_problem_too()
    {
        await AssertProblemAsync(await _client.GetAsync("/predict", TestContext.Current.CancellationToken), HttpStatusCode.MethodNotAllowed, hasAllowed: false);
        await AssertProblemAsync(await _client.GetAsync("/predictions", TestContext.Current.CancellationToken), HttpStatusCode.NotFound, hasAllowed: false);
    }

    private Task<HttpResponseMessage> PostJsonAsync(string body) =>
        _client.PostAsync("/predict", new StringContent(body, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

    private static async Task<JsonObject> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, bool hasAllowed = true)
    {
        string text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(text)!.AsObject();
        Assert.Equal((int)status, (int)problem["status"]!);
        Assert.NotNull(problem["type"]);
        Assert.DoesNotContain("   at ", text); // no stack trace
        Assert.DoesNotContain("Exception", text);
        if (hasAllowed)
            Assert.StartsWith("A JSON body {\"pixels\": [...]} with Content-Type application/json: 64 numbers from 0 (blank) to 16 (all ink)", (string?)problem["allowed"]);
        return problem;
    }

    private static string Pixels(int count) => $"{{\"pixels\": [{string.Join(",", Enumerable.Repeat("3", count))}]}}";

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _service.DisposeAsync();
    }
}
