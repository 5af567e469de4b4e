using WatchBot.Discord.Gateway;

namespace WatchBot.Discord.Tests.Gateway.Support;

/// <summary>Stands in for the REST client's <c>GET /gateway/bot</c>, pointing at the emulator.</summary>
internal sealed class FakeGatewayUrlSource(Uri url, int shards = 1, int remaining = 1000, int maxConcurrency = 1) : IGatewayUrlSource
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public GatewayBotInfo Info { get; set; } = new(url, shards, remaining, TimeSpan.FromHours(4), maxConcurrency);

    public Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        return Task.FromResult(Info);
    }
}
