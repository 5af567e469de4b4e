using System.Text.Json;

namespace WatchBot.Slack.SocketMode;

/// <summary>
/// An event delivered over Socket Mode. It must be acknowledged by <see cref="EnvelopeId"/> within
/// 3 s; a response payload may go with the ack only when <see cref="AcceptsResponsePayload"/> is true.
/// Slack redelivers an envelope it saw no ack for, with <see cref="RetryAttempt"/> counting up.
/// <see cref="SocketModeMessage.Type"/> (also <see cref="EnvelopeType"/>) is <c>slash_commands</c>,
/// <c>interactive</c> or <c>events_api</c>; <see cref="Payload"/> is the same JSON Slack would POST
/// over HTTP (a detached copy).
/// </summary>
public sealed record SocketModeEnvelope(
    string EnvelopeId,
    string EnvelopeType,
    JsonElement Payload,
    bool AcceptsResponsePayload,
    int RetryAttempt,
    string? RetryReason) : SocketModeMessage(EnvelopeType)
{
    public const string SlashCommands = "slash_commands";
    public const string Interactive = "interactive";
    public const string EventsApi = "events_api";

    /// <summary>True for the three envelope types the handler is given; others are only acked.</summary>
    public bool IsHandled => EnvelopeType is SlashCommands or Interactive or EventsApi;
}
