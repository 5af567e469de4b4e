using Microsoft.Extensions.Logging;

namespace WatchBot.Discord.Gateway;

/// <summary>
/// The gateway's log messages (EventIds 4300–4499; the rest of WatchBot.Discord logs through its own
/// <c>Log</c>). Shard ids, opcodes, close codes and durations only: never the token, never payloads.
/// </summary>
internal static partial class GatewayLog
{
    [LoggerMessage(4300, LogLevel.Information, "Discord gateway: running shard(s) {ShardIds} of {ShardCount}")]
    public static partial void Starting(ILogger logger, string shardIds, int shardCount);

    [LoggerMessage(4301, LogLevel.Information, "Shard {ShardId}: connecting to {Host} ({Mode})")]
    public static partial void Connecting(ILogger logger, int shardId, string host, string mode);

    [LoggerMessage(4302, LogLevel.Debug, "Shard {ShardId}: hello, heartbeat every {IntervalMs} ms, first in {FirstMs} ms")]
    public static partial void Hello(ILogger logger, int shardId, int intervalMs, long firstMs);

    [LoggerMessage(4303, LogLevel.Information, "Shard {ShardId}: ready (new session)")]
    public static partial void Ready(ILogger logger, int shardId);

    [LoggerMessage(4304, LogLevel.Information, "Shard {ShardId}: resumed")]
    public static partial void Resumed(ILogger logger, int shardId);

    [LoggerMessage(4305, LogLevel.Warning, "Shard {ShardId}: no heartbeat ACK since the last beat (zombied connection); closing with {CloseCode} to resume")]
    public static partial void Zombie(ILogger logger, int shardId, int closeCode);

    [LoggerMessage(4306, LogLevel.Information, "Shard {ShardId}: Discord asked us to reconnect (op 7); resuming")]
    public static partial void ReconnectRequested(ILogger logger, int shardId);

    [LoggerMessage(4307, LogLevel.Information, "Shard {ShardId}: invalid session (op 9, resumable: {Resumable})")]
    public static partial void InvalidSession(ILogger logger, int shardId, bool resumable);

    [LoggerMessage(4308, LogLevel.Warning, "Shard {ShardId}: Discord closed the connection with {CloseCode}; reconnecting ({Mode})")]
    public static partial void ClosedByServer(ILogger logger, int shardId, int closeCode, string mode);

    [LoggerMessage(4309, LogLevel.Warning, "Shard {ShardId}: connection lost; reconnecting")]
    public static partial void ConnectionLost(ILogger logger, Exception? exception, int shardId);

    [LoggerMessage(4310, LogLevel.Critical, "Shard {ShardId}: Discord closed the gateway with {CloseCode} ({Reason}). Not retrying: the Discord gateway is stopped until the configuration is fixed and WatchBot restarted.")]
    public static partial void FatalClose(ILogger logger, int shardId, int closeCode, string reason);

    [LoggerMessage(4311, LogLevel.Information, "Shard {ShardId}: reconnecting in {DelayMs} ms (failed attempts in a row: {Failures})")]
    public static partial void Backoff(ILogger logger, int shardId, long delayMs, int failures);

    [LoggerMessage(4312, LogLevel.Error, "An interaction handler failed; the gateway carries on")]
    public static partial void HandlerFailed(ILogger logger, Exception exception);

    [LoggerMessage(4313, LogLevel.Warning, "Discord's session start limit is used up; the next identify waits {WaitMs} ms for it to reset")]
    public static partial void IdentifyBudgetExhausted(ILogger logger, long waitMs);

    [LoggerMessage(4314, LogLevel.Debug, "Shard {ShardId}: identify waits {WaitMs} ms for its concurrency slot")]
    public static partial void IdentifyWaits(ILogger logger, int shardId, long waitMs);

    [LoggerMessage(4315, LogLevel.Error, "Could not read the gateway URL (GET /gateway/bot); retrying in {DelayMs} ms")]
    public static partial void GatewayInfoFailed(ILogger logger, Exception exception, long delayMs);

    [LoggerMessage(4316, LogLevel.Critical, "Stopping WatchBot: the Discord gateway cannot continue (close code {CloseCode}); Discord:Gateway:StopHostOnFatalClose is true")]
    public static partial void StoppingHost(ILogger logger, int closeCode);

    // The reason, not the exception: a stack trace per bad frame says nothing more and floods the log.
    [LoggerMessage(4317, LogLevel.Warning, "Shard {ShardId}: a malformed gateway message was ignored ({Reason})")]
    public static partial void MalformedMessage(ILogger logger, string reason, int shardId);

    [LoggerMessage(4318, LogLevel.Error, "Shard {ShardId}: sending op {Op} failed")]
    public static partial void SendFailed(ILogger logger, Exception exception, int shardId, int op);

    [LoggerMessage(4319, LogLevel.Warning, "Shard {ShardId}: no hello within {TimeoutMs} ms; dropping the connection")]
    public static partial void HelloTimeout(ILogger logger, int shardId, long timeoutMs);

    [LoggerMessage(4320, LogLevel.Error, "The Discord gateway stopped unexpectedly")]
    public static partial void GatewayCrashed(ILogger logger, Exception exception);

    [LoggerMessage(4321, LogLevel.Information, "Discord gateway stopped")]
    public static partial void Stopped(ILogger logger);

    [LoggerMessage(4322, LogLevel.Debug, "Shard {ShardId}: outbound gateway send waits {WaitMs} ms (120 per 60 s)")]
    public static partial void SendThrottled(ILogger logger, int shardId, long waitMs);
}
