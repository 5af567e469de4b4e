using Microsoft.Extensions.Logging;

namespace WatchBot.Discord.Gateway;

/// <summary>What every shard of one gateway run shares. <paramref name="Stopping"/> ends the run (and handlers).</summary>
internal sealed record GatewayShardContext(
    GatewayOptions Options,
    Uri GatewayUrl,
    int ShardCount,
    IdentifyGate IdentifyGate,
    GatewayInteractionDispatcher Dispatcher,
    GatewayJitter Jitter,
    TimeProvider Time,
    ILogger Logger,
    CancellationToken Stopping);
