namespace WatchBot.Discord.Gateway;

/// <summary>What <c>GET /gateway/bot</c> says: where to connect, how many shards, the identify budget.</summary>
/// <param name="Url">The gateway URL (without query); the client adds <c>?v=10&amp;encoding=json</c>.</param>
/// <param name="Shards">Recommended shard count.</param>
/// <param name="SessionStartRemaining">Identifies left in the current window.</param>
/// <param name="SessionStartResetAfter">When the identify window resets.</param>
/// <param name="MaxConcurrency">Identifies allowed per 5 seconds.</param>
public sealed record GatewayBotInfo(Uri Url, int Shards, int SessionStartRemaining, TimeSpan SessionStartResetAfter, int MaxConcurrency);

/// <summary>Asks the REST API for <see cref="GatewayBotInfo"/> (implemented by the REST client).</summary>
public interface IGatewayUrlSource
{
    Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken);
}
