using System.Text.Json;
using System.Text.Json.Serialization;

namespace CourseLib.Models;

/// <summary>
/// The layout of a model file written by <see cref="ModelFiles.SaveModel(TorchSharp.torch.nn.Module, string)"/>, all integers little-endian:
/// <code>
/// "CLMODEL1"                 8 bytes, what the file is and the format's version
/// manifest length            int32
/// manifest                   UTF-8 JSON: each state_dict entry's name, dtype and shape
/// payload                    the state_dict as TorchSharp's Module.save writes it
/// payload length             int64
/// SHA-256                    32 bytes, of everything before it
/// </code>
/// The manifest lets a load say which tensor does not fit the target model before TorchSharp reads anything; the
/// checksum at the end makes a truncated or altered file detected instead of loaded.
/// </summary>
internal static class ModelFileFormat
{
    public static ReadOnlySpan<byte> Magic => "CLMODEL1"u8;
    public const int HashLength = 32;

    /// <summary>The bytes around the manifest and payload: magic, manifest length, payload length, checksum.</summary>
    public static int FixedLength => Magic.Length + sizeof(int) + sizeof(long) + HashLength;

    /// <summary>One state_dict entry as the manifest records it.</summary>
    public sealed record Entry(
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("dtype")] string DType,
        [property: JsonPropertyName("shape")] long[] Shape)
    {
        public string ShapeText => "[" + string.Join(", ", Shape) + "]";
    }

    public static byte[] WriteManifest(IReadOnlyList<Entry> entries) => JsonSerializer.SerializeToUtf8Bytes(entries, ModelFileJson.Default.IReadOnlyListEntry);

    public static Entry[]? ReadManifest(ReadOnlySpan<byte> json)
    {
        try
        {
            return JsonSerializer.Deserialize(json, ModelFileJson.Default.EntryArray);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>
/// The manifest's JSON, generated at compile time: .NET 10 file-based programs (the chapters in apps/) are built with
/// reflection-based JSON serialization turned off, as trimmed and AOT apps are, and a reflection-based serializer
/// would throw there. Same JSON as the reflection-based one: every public property, in declaration order.
/// </summary>
[JsonSerializable(typeof(IReadOnlyList<ModelFileFormat.Entry>))]
[JsonSerializable(typeof(ModelFileFormat.Entry[]))]
internal sealed partial class ModelFileJson : JsonSerializerContext;
