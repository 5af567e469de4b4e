using System.Text.Json.Nodes;

namespace WatchBot.Emulators.Slack.SocketMode;

/// <summary>
/// One ack the emulated Slack received: which envelope, its payload (null for a bare ack), on which
/// connection, and when, on the emulator's clock (<see cref="Elapsed"/> is what Slack's 3 s limit is about).
/// </summary>
public sealed record SocketModeAckRecord(
    string EnvelopeId,
    JsonObject? Payload,
    int ConnectionNumber,
    DateTimeOffset? EnvelopeSentAt,
    DateTimeOffset AckedAt)
{
    /// <summary>Delivery to ack; null when the envelope was not sent by this emulator.</summary>
    public TimeSpan? Elapsed => EnvelopeSentAt is { } sent ? AckedAt - sent : null;
}
