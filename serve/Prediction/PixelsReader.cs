using System.Text.Json;
using Microsoft.Net.Http.Headers;
using Serve.Model;

namespace Serve.Prediction;

/// <summary>
/// Reads <c>POST /predict</c>'s body, <c>{"pixels": [64 numbers from 0 to 16]}</c>, and checks every part of it, so that
/// a bad request is answered with what exactly is wrong (which pixel, which row and column) and never reaches
/// libtorch. The body is read here rather than by model binding, to tell apart mistakes that binding reports alike:
/// an infinite number, a NaN sent as null, a string, a missing member.
/// </summary>
internal static class PixelsReader
{
    /// <summary>The largest body read: 64 numbers need well under 2 KB, even pretty-printed with long decimals.</summary>
    public const int MaxBodyBytes = 16 * 1024;

    private const string Allowed =
        "A JSON body {\"pixels\": [...]} with Content-Type application/json: 64 numbers from 0 (blank) to 16 (all ink), " +
        "the 8 × 8 image row by row, as the course's digits data holds it.";

    /// <summary>The 64 pixels, or the problem with the request.</summary>
    public static async Task<(float[]? Pixels, InputProblem? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellation)
    {
        if (ContentTypeProblem(request.ContentType) is { } wrongType)
            return (null, wrongType);
        if (request.ContentLength > MaxBodyBytes)
            return (null, TooLarge($"{request.ContentLength:N0} bytes"));

        var body = await ReadLimitedAsync(request.Body, cancellation);
        if (body is null)
            return (null, TooLarge($"more than {MaxBodyBytes:N0} bytes"));
        if (body.AsSpan().Trim(" \t\r\n"u8).IsEmpty)
            return (null, Bad("The request has no body", "The body is empty: there is no image to classify."));

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 4 });
        }
        catch (JsonException e)
        {
            // The reader's message says what it found and where (line and byte), and nothing about the server.
            return (null, Bad("The body is not valid JSON", $"The body is not valid JSON: {e.Message}"));
        }
        using (document)
            return Pixels(document.RootElement);
    }

    private static (float[]?, InputProblem?) Pixels(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
            return (null, Bad("The body is not a JSON object", $"The body is a JSON {Kind(root)}, not an object with a \"pixels\" member."));
        if (!root.TryGetProperty("pixels", out var pixels))
            return (null, Bad("The body has no pixels", "The JSON object has no \"pixels\" member (the name is lower-case)."));
        if (pixels.ValueKind != JsonValueKind.Array)
            return (null, Bad("pixels is not an array", $"\"pixels\" is a JSON {Kind(pixels)}; it must be an array of {DigitsNetwork.Pixels} numbers."));
        int length = pixels.GetArrayLength();
        if (length != DigitsNetwork.Pixels)
            return (null, Bad("Wrong number of pixels",
                $"\"pixels\" has {length} number{(length == 1 ? "" : "s")}; an 8 × 8 image has {DigitsNetwork.Pixels} (8 rows of 8, row by row)."));

        var values = new float[DigitsNetwork.Pixels];
        var errors = new List<string>();
        int index = 0;
        foreach (var pixel in pixels.EnumerateArray())
        {
            if (PixelError(pixel, index, out float value) is { } error) errors.Add(error);
            values[index++] = value;
        }
        if (errors.Count == 0)
            return (values, null);
        string more = errors.Count > 1 ? $" ({errors.Count} pixels are wrong; all are listed in \"errors\")" : "";
        return (null, Bad("A pixel is not a number from 0 to 16", errors[0] + more, errors));
    }

    /// <summary>What is wrong with one pixel, or null (with its value) when it is a finite number from 0 to 16.</summary>
    private static string? PixelError(JsonElement pixel, int index, out float value)
    {
        value = 0;
        string where = $"Pixel {index} (row {index / 8}, column {index % 8})";
        switch (pixel.ValueKind)
        {
            case JsonValueKind.Number when pixel.TryGetDouble(out double number) && double.IsFinite(number):
                if (number is < 0 or > DigitsNetwork.MaxPixel)
                    return $"{where} is {pixel.GetRawText()}, out of range: pixels run from 0 (blank) to 16 (all ink).";
                value = (float)number;
                return null;
            case JsonValueKind.Number: // 1e999: a valid JSON number that no double holds
                return $"{where} is {pixel.GetRawText()}, too large to be a finite number (it would be infinite); send a number from 0 to 16.";
            case JsonValueKind.Null:
                return $"{where} is null. JSON has no NaN or Infinity (JavaScript's JSON.stringify writes them as null); send a number from 0 to 16.";
            case JsonValueKind.String when IsNamedNonFinite(pixel.GetString()!):
                return $"{where} is the string \"{pixel.GetString()}\": NaN and infinite values are not pixels; send a number from 0 to 16.";
            default:
                return $"{where} is a JSON {Kind(pixel)}, not a number; send a number from 0 to 16.";
        }
    }

    private static bool IsNamedNonFinite(string text) =>
        double.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out double parsed) && !double.IsFinite(parsed);

    private static InputProblem? ContentTypeProblem(string? contentType)
    {
        if (MediaTypeHeaderValue.TryParse(contentType, out var type)
            && type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            && (!type.Charset.HasValue || type.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)))
            return null;
        string sent = string.IsNullOrWhiteSpace(contentType) ? "no Content-Type" : $"Content-Type {contentType}";
        return new InputProblem(StatusCodes.Status400BadRequest, "The body is not JSON",
            $"The request has {sent}; /predict reads JSON. Send Content-Type: application/json (UTF-8).", Allowed);
    }

    private static InputProblem TooLarge(string size) =>
        new(StatusCodes.Status400BadRequest, "The body is too large",
            $"The body is {size}; /predict accepts at most {MaxBodyBytes:N0} bytes (one image of 64 numbers needs far less).", Allowed);

    private static InputProblem Bad(string title, string detail, IReadOnlyList<string>? errors = null) =>
        new(StatusCodes.Status400BadRequest, title, detail, Allowed, errors is { Count: > 1 } ? errors : null);

    /// <summary>The body, or null once it is longer than <see cref="MaxBodyBytes"/> (a chunked body states no length).</summary>
    private static async Task<byte[]?> ReadLimitedAsync(Stream body, CancellationToken cancellation)
    {
        var buffer = new byte[MaxBodyBytes + 1];
        int total = 0, read;
        while (total < buffer.Length && (read = await body.ReadAsync(buffer.AsMemory(total), cancellation)) > 0)
            total += read;
        return total > MaxBodyBytes ? null : buffer[..total];
    }

    private static string Kind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => "null",
    };
}
