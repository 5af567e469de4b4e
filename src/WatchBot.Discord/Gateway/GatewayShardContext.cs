using Microsoft.Extensions.Logging;
using WatchBot.Platform.Resilience;

namespace WatchBot.Discord.Gateway;

/// <summary>What every shard of one gateway run shares. <paramref name="Stopping"/> ends the run (and handlers).</summary>
internal sealed record GatewayShardContext(
    GatewayOptions Options,
    Uri GatewayUrl,
    int ShardCount,
    IdentifyGate IdentifyGate,
    GatewayInteractionDispatcher Dispatcher,
    IJitter Jitter,
    TimeProvider Time,
    ILogger Logger,
    CancellationToken Stopping);
