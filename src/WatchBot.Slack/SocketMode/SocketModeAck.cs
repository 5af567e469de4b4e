using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WatchBot.Slack.SocketMode;

/// <summary>
/// The acknowledgement of one envelope: <c>{"envelope_id":"…"}</c>, plus <c>"payload"</c> when the
/// envelope accepted a response payload and the handler produced one.
/// </summary>
public sealed record SocketModeAck(string EnvelopeId, JsonObject? Payload)
{
    /// <summary>The frame to send, UTF-8 JSON.</summary>
    public byte[] ToUtf8Json()
    {
        var ack = new JsonObject { ["envelope_id"] = EnvelopeId };
        if (Payload is not null)
        {
            ack["payload"] = Payload.DeepClone();
        }

        return Encoding.UTF8.GetBytes(ack.ToJsonString());
    }

    /// <summary>Reads an ack (used on recorded acks and fixtures); null when it is not one.</summary>
    public static SocketModeAck? Parse(string json)
    {
        try
        {
            if (JsonNode.Parse(json) is not JsonObject root
                || root["envelope_id"] is not JsonValue id
                || !id.TryGetValue(out string? envelopeId)
                || string.IsNullOrEmpty(envelopeId))
            {
                return null;
            }

            return new SocketModeAck(envelopeId, root["payload"] as JsonObject);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
