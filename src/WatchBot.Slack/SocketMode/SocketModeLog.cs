using Microsoft.Extensions.Logging;

namespace WatchBot.Slack.SocketMode;

/// <summary>
/// Socket Mode's log messages (EventIds 5300–5499; the rest of Slack's range belongs to the project's
/// <c>Log</c>). Connection numbers, envelope ids and types, hosts and reasons only: never the app
/// token, never a connection URL (its ticket is a credential), never payload text.
/// </summary>
internal static partial class SocketModeLog
{
    [LoggerMessage(5300, LogLevel.Debug, "Opening Socket Mode connection {ConnectionId} to {Host} (after {Failures} consecutive failures)")]
    public static partial void Opening(ILogger logger, int connectionId, string host, int failures);

    [LoggerMessage(5301, LogLevel.Information, "Socket Mode connection {ConnectionId} ready ({NumConnections} open for this app, host {DebugHost})")]
    public static partial void Ready(ILogger logger, int connectionId, int numConnections, string? debugHost);

    [LoggerMessage(5302, LogLevel.Warning, "apps.connections.open failed ({ErrorType}: {Error}); retrying in {Delay}")]
    public static partial void UrlSourceFailed(ILogger logger, string errorType, string error, TimeSpan delay);

    [LoggerMessage(5303, LogLevel.Warning, "Socket Mode connection {ConnectionId} could not be opened ({ErrorType}: {Error}); retrying in {Delay}")]
    public static partial void ConnectFailed(ILogger logger, int connectionId, string errorType, string error, TimeSpan delay);

    [LoggerMessage(5304, LogLevel.Warning, "Socket Mode connection {ConnectionId} sent no hello within {Timeout}; retrying in {Delay}")]
    public static partial void HelloTimedOut(ILogger logger, int connectionId, TimeSpan timeout, TimeSpan delay);

    [LoggerMessage(5305, LogLevel.Information, "Slack asked Socket Mode connection {ConnectionId} to reconnect ({Reason}); reconnecting in {Delay}")]
    public static partial void ReconnectRequested(ILogger logger, int connectionId, string reason, TimeSpan delay);

    [LoggerMessage(5306, LogLevel.Warning, "Socket Mode connection {ConnectionId} dropped; reconnecting in {Delay}")]
    public static partial void Dropped(ILogger logger, int connectionId, TimeSpan delay);

    [LoggerMessage(5307, LogLevel.Critical, "Slack disabled Socket Mode for this app (disconnect reason link_disabled): WatchBot no longer receives Slack commands and will not reconnect. Turn Socket Mode back on in the Slack app settings, then restart WatchBot.")]
    public static partial void LinkDisabled(ILogger logger);

    [LoggerMessage(5308, LogLevel.Error, "Handling {EnvelopeType} envelope {EnvelopeId} failed; acknowledged without a response payload")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, string envelopeType, string envelopeId);

    [LoggerMessage(5309, LogLevel.Warning, "Handling {EnvelopeType} envelope {EnvelopeId} took longer than {Budget}; acknowledged without waiting (a response payload would be dropped)")]
    public static partial void HandlerSlow(ILogger logger, string envelopeType, string envelopeId, TimeSpan budget);

    [LoggerMessage(5310, LogLevel.Debug, "Envelope {EnvelopeId} redelivered (retry {RetryAttempt}, {RetryReason}); acknowledged again, not handled again")]
    public static partial void Redelivered(ILogger logger, string envelopeId, int retryAttempt, string? retryReason);

    [LoggerMessage(5311, LogLevel.Warning, "Could not acknowledge envelope {EnvelopeId} on Socket Mode connection {ConnectionId} ({ErrorType}); Slack will redeliver it")]
    public static partial void AckFailed(ILogger logger, string envelopeId, int connectionId, string errorType);

    [LoggerMessage(5312, LogLevel.Debug, "Ignoring Socket Mode message of type {MessageType} on connection {ConnectionId}")]
    public static partial void UnknownMessage(ILogger logger, string messageType, int connectionId);

    [LoggerMessage(5313, LogLevel.Warning, "Ignoring a malformed Socket Mode frame on connection {ConnectionId}")]
    public static partial void MalformedMessage(ILogger logger, int connectionId);

    [LoggerMessage(5314, LogLevel.Warning, "Socket Mode frame over {MaxBytes} bytes on connection {ConnectionId}; dropping the connection")]
    public static partial void MessageTooLarge(ILogger logger, int connectionId, int maxBytes);

    [LoggerMessage(5315, LogLevel.Information, "Socket Mode stopped")]
    public static partial void Stopped(ILogger logger);

    [LoggerMessage(5316, LogLevel.Debug, "Envelope {EnvelopeId} ({EnvelopeType}) acknowledged on connection {ConnectionId} (with payload: {WithPayload})")]
    public static partial void Acked(ILogger logger, string envelopeId, string envelopeType, int connectionId, bool withPayload);

    [LoggerMessage(5317, LogLevel.Warning, "Envelope {EnvelopeId} has type {EnvelopeType}, which WatchBot does not handle; acknowledged only")]
    public static partial void UnhandledEnvelopeType(ILogger logger, string envelopeId, string envelopeType);

    [LoggerMessage(5318, LogLevel.Error, "Handling {EnvelopeType} envelope {EnvelopeId} failed after it was acknowledged")]
    public static partial void HandlerFailedLate(ILogger logger, Exception exception, string envelopeType, string envelopeId);

    [LoggerMessage(5319, LogLevel.Error, "Socket Mode loop hit an unexpected error; reconnecting in {Delay}")]
    public static partial void LoopFailed(ILogger logger, Exception exception, TimeSpan delay);

    [LoggerMessage(5320, LogLevel.Debug, "Envelope {EnvelopeId} ({EnvelopeType}) does not accept a response payload; the handler's payload was dropped")]
    public static partial void PayloadNotAccepted(ILogger logger, string envelopeId, string envelopeType);

    [LoggerMessage(5321, LogLevel.Debug, "Closed Socket Mode connection {ConnectionId}")]
    public static partial void Closed(ILogger logger, int connectionId);

    [LoggerMessage(5322, LogLevel.Error, "Socket Mode stopped unexpectedly; Slack commands are not received until WatchBot restarts")]
    public static partial void Crashed(ILogger logger, Exception exception);
}
