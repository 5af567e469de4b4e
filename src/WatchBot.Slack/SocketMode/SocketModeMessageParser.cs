using System.Text.Json;
using WatchBot.Http;

namespace WatchBot.Slack.SocketMode;

/// <summary>
/// Turns one Socket Mode text frame into a <see cref="SocketModeMessage"/>. Tolerant on purpose:
/// unknown fields are ignored and optional ones may be missing or null; a frame that is not a JSON
/// object with a <c>type</c>, holds unreadable text, or is an envelope without an id is malformed and
/// yields null.
/// </summary>
public static class SocketModeMessageParser
{
    public static SocketModeMessage? Parse(ReadOnlySpan<byte> utf8Json)
    {
        JsonDocument document;
        try
        {
            var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = InboundJson.MaxDepth });
            document = JsonDocument.ParseValue(ref reader);
        }
        catch (JsonException)
        {
            return null;
        }

        using (document)
        {
            // Text .NET cannot read (a lone surrogate escape) would throw from the first property
            // lookup and end the receive loop. Such an envelope is still acknowledged when its id
            // can be read, so Slack does not redeliver it, but its content is never handed on.
            return InboundJson.IsReadable(document.RootElement) ? FromRoot(document.RootElement) : Unreadable(document.RootElement);
        }
    }

    /// <summary>The envelope type given to a frame whose content cannot be read.</summary>
    public const string UnreadableType = "unreadable";

    public static SocketModeMessage? Parse(string json) => Parse(System.Text.Encoding.UTF8.GetBytes(json));

    private static SocketModeMessage? FromRoot(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || String(root, "type") is not { Length: > 0 } type)
        {
            return null;
        }

        // Envelopes are recognised by their id, not by a list of types, so a new envelope type is
        // still acknowledged (Slack would otherwise keep redelivering it).
        if (root.TryGetProperty("envelope_id", out var idElement))
        {
            return idElement.ValueKind == JsonValueKind.String && idElement.GetString() is { Length: > 0 } envelopeId
                ? ToEnvelope(root, envelopeId, type)
                : null;
        }

        return type switch
        {
            "hello" => new SocketModeHello(
                Int(root, "num_connections") ?? 1,
                Object(root, "connection_info") is { } info ? String(info, "app_id") : null,
                Object(root, "debug_info") is { } debug ? String(debug, "host") : null,
                Object(root, "debug_info") is { } timing ? Int(timing, "approximate_connection_time") : null),
            "disconnect" => new SocketModeDisconnect(
                String(root, "reason") ?? string.Empty,
                Object(root, "debug_info") is { } debug ? String(debug, "host") : null),
            _ => new SocketModeUnknownMessage(type),
        };
    }

    /// <summary>
    /// An envelope to acknowledge (and not handle) when its id can still be read; null otherwise.
    /// Properties are looked at one by one: a lookup by name would compare against the unreadable
    /// names too, and throw.
    /// </summary>
    private static SocketModeEnvelope? Unreadable(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var property in root.EnumerateObject())
        {
            try
            {
                if (property.NameEquals("envelope_id") && property.Value.ValueKind == JsonValueKind.String
                    && property.Value.GetString() is { Length: > 0 } id)
                {
                    return new SocketModeEnvelope(id, UnreadableType, default, false, 0, null);
                }
            }
            catch (InvalidOperationException)
            {
                // This property's name or the id itself is the unreadable text: look further.
            }
        }

        return null;
    }

    private static SocketModeEnvelope ToEnvelope(JsonElement root, string envelopeId, string type)
    {
        var payload = root.TryGetProperty("payload", out var p) ? p.Clone() : default;
        var accepts = root.TryGetProperty("accepts_response_payload", out var a) && a.ValueKind == JsonValueKind.True;
        var reason = String(root, "retry_reason");
        return new SocketModeEnvelope(envelopeId, type, payload, accepts, Int(root, "retry_attempt") ?? 0,
            string.IsNullOrEmpty(reason) ? null : reason);
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int? Int(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)
            ? number
            : null;

    private static JsonElement? Object(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : null;
}
