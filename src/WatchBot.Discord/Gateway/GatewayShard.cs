using WatchBot.Platform.Sockets;

namespace WatchBot.Discord.Gateway;

/// <summary>
/// One shard's protocol for the kit's <see cref="ReconnectingSocketHost"/>: each connection resumes
/// through <c>resume_gateway_url</c> while the session is known, or identifies afresh through the
/// cached gateway URL; a fatal close code is logged once, in words an operator can act on.
/// </summary>
internal sealed class GatewayShard(GatewayShardContext ctx, int shardId) : ISocketProtocol
{
    /// <summary>After this many failed resume connections in a row, resume through the main gateway URL instead.</summary>
    private const int ResumeUrlAttempts = 3;

    private readonly GatewaySession _session = new();

    public int ShardId => shardId;

    public async Task<SocketOutcome> RunConnectionAsync(SocketAttempt attempt, CancellationToken stopping)
    {
        var resumable = _session.Resumable;
        var url = resumable is { } r && attempt.Failures < ResumeUrlAttempts ? r.ResumeUrl : ctx.GatewayUrl;
        GatewayLog.Connecting(ctx.Logger, shardId, url.Authority, resumable is null ? "identify" : "resume");

        using var connection = new GatewayConnection(ctx, shardId, _session, attempt.Connected);
        var outcome = await connection.RunAsync(url, resumable is not null, stopping);
        if (outcome.Next == SocketNext.Fatal)
        {
            var code = outcome.CloseCode ?? 0;
            GatewayLog.FatalClose(ctx.Logger, shardId, code, GatewayCloseCodes.Describe(code));
        }

        return outcome;
    }

    public void OnWaiting(TimeSpan delay, int failures) =>
        GatewayLog.Backoff(ctx.Logger, shardId, (long)delay.TotalMilliseconds, failures);

    public void OnConnectionFailed(Exception exception, TimeSpan retryDelay) =>
        GatewayLog.ConnectionLost(ctx.Logger, exception, shardId);
}
