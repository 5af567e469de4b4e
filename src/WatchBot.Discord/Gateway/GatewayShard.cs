namespace WatchBot.Discord.Gateway;

/// <summary>
/// One shard's life: connect, and after every connection decide — resume through
/// <c>resume_gateway_url</c>, identify afresh through the cached gateway URL, or stop for good.
/// A connection that was healthy is replaced at once; repeated failures back off (bounded, jittered).
/// </summary>
internal sealed class GatewayShard(GatewayShardContext ctx, int shardId)
{
    /// <summary>After this many failed resume connections in a row, resume through the main gateway URL instead.</summary>
    private const int ResumeUrlAttempts = 3;

    private readonly GatewaySession _session = new();

    public int ShardId => shardId;

    /// <summary>Runs until stopped; returns the fatal close code when Discord refused the shard for good.</summary>
    public async Task<int?> RunAsync(CancellationToken stopping)
    {
        var failures = 0;
        while (!stopping.IsCancellationRequested)
        {
            if (failures > 0)
            {
                var delay = ReconnectBackoff.Delay(failures, ctx.Options.ReconnectDelayMin, ctx.Options.ReconnectDelayMax, ctx.Jitter.NextDouble());
                GatewayLog.Backoff(ctx.Logger, shardId, (long)delay.TotalMilliseconds, failures);
                try
                {
                    await Task.Delay(delay, ctx.Time, stopping);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }

            var resumable = _session.Resumable;
            var url = resumable is { } r && failures < ResumeUrlAttempts ? r.ResumeUrl : ctx.GatewayUrl;
            GatewayLog.Connecting(ctx.Logger, shardId, url.Authority, resumable is null ? "identify" : "resume");

            GatewayConnectionOutcome outcome;
            try
            {
                using var connection = new GatewayConnection(ctx, shardId, _session);
                outcome = await connection.RunAsync(url, resumable is not null, stopping);
            }
#pragma warning disable CA1031 // A bug in one connection must not end the shard: count it as a failed attempt and back off.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                GatewayLog.ConnectionLost(ctx.Logger, ex, shardId);
                outcome = new GatewayConnectionOutcome(GatewayNext.Reconnect, false);
            }

            switch (outcome.Next)
            {
                case GatewayNext.Fatal:
                    var code = outcome.CloseCode ?? 0;
                    GatewayLog.FatalClose(ctx.Logger, shardId, code, GatewayCloseCodes.Describe(code));
                    return code;
                case GatewayNext.Stopped:
                    return null;
                default:
                    failures = outcome.Healthy ? 0 : failures + 1;
                    break;
            }
        }

        return null;
    }
}
