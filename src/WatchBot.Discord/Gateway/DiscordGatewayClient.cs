using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WatchBot.Platform.Resilience;
using WatchBot.Platform.Sockets;

namespace WatchBot.Discord.Gateway;

/// <summary>
/// WatchBot's gateway client (System.Net.WebSockets, v10, JSON, intents 0): reads the URL, shard
/// count and identify budget from <see cref="IGatewayUrlSource"/>, then runs one
/// <see cref="GatewayShard"/> per configured shard id, each in the kit's <see cref="ReconnectingSocketHost"/>.
/// </summary>
public sealed class DiscordGatewayClient(
    IGatewayUrlSource urlSource,
    IGatewayInteractionHandler handler,
    IOptions<GatewayOptions> options,
    IJitter jitter,
    TimeProvider time,
    ILogger<DiscordGatewayClient> logger) : IDiscordGateway
{
    private volatile ReconnectingSocketHost[] _shards = [];

    public SocketStatus Status => ShardStatus.Of(_shards.Select(s => s.Status));

    public async Task<GatewayStopped> RunAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var info = await FetchInfoAsync(cancellationToken);
        if (info is null)
        {
            return new GatewayStopped(null);
        }

        var gate = new IdentifyGate(urlSource, time, logger);
        gate.Update(info);
        var shardCount = settings.ShardCount ?? Math.Max(1, info.Shards);
        var shardIds = settings.ShardIds is { Count: > 0 } ids ? [.. ids] : Enumerable.Range(0, shardCount).ToArray();
        GatewayLog.Starting(logger, string.Join(',', shardIds), shardCount);

        using var run = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var ctx = new GatewayShardContext(
            settings,
            settings.Url ?? info.Url,
            shardCount,
            gate,
            new GatewayInteractionDispatcher(handler, logger),
            jitter,
            time,
            logger,
            cancellationToken);

        // Ascending ids reach the identify gate in order, which is how Discord wants buckets started.
        var backoff = Backoff(settings);
        _shards = [.. shardIds.Order().Select(id => new ReconnectingSocketHost(new GatewayShard(ctx, id), backoff, jitter, time))];
        var shards = _shards.Select(shard => RunShardAsync(shard, run)).ToArray();
        var results = await Task.WhenAll(shards);
        GatewayLog.Stopped(logger);
        return new GatewayStopped(results.FirstOrDefault(r => r is not null));
    }

    /// <summary>A shard refused for good stops its siblings too: they share the token and configuration.</summary>
    private static async Task<int?> RunShardAsync(ReconnectingSocketHost shard, CancellationTokenSource run)
    {
        if (await shard.RunAsync(run.Token) is not { } fatal)
        {
            return null;
        }

        await run.CancelAsync();
        return fatal.CloseCode ?? 0;
    }

    /// <summary>No jitter floor: the first retry spreads over 50–100 % of the minimum, so shards do not reconnect in lockstep.</summary>
    private static Backoff Backoff(GatewayOptions settings) => new(settings.ReconnectDelayMin, settings.ReconnectDelayMax);

    private async Task<GatewayBotInfo?> FetchInfoAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        for (var failures = 1; !cancellationToken.IsCancellationRequested; failures++)
        {
            try
            {
                return await urlSource.GetGatewayBotAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return null;
            }
#pragma warning disable CA1031 // The REST client may fail in many ways (network, 5xx, 429); all of them mean "try again later".
            catch (Exception ex)
#pragma warning restore CA1031
            {
                var delay = Backoff(settings).Delay(failures, jitter.NextFraction());
                GatewayLog.GatewayInfoFailed(logger, ex, (long)delay.TotalMilliseconds);
                try
                {
                    await Task.Delay(delay, time, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    return null;
                }
            }
        }

        return null;
    }
}
