using System.Text.Json;
using System.Text.Json.Nodes;

namespace WatchBot.Slack.SocketMode;

/// <summary>
/// Handles one Socket Mode envelope's payload. The type is the envelope type
/// (<c>slash_commands</c>, <c>interactive</c>, <c>events_api</c>). Returns the payload to send back
/// with the ack (only when the envelope accepts one), or null for a bare ack. Must finish well
/// inside Slack's 3-second ack deadline: slower work continues after returning.
/// </summary>
public interface ISocketModeEnvelopeHandler
{
    Task<JsonObject?> HandleAsync(string type, JsonElement payload, CancellationToken cancellationToken);
}
