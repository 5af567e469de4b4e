using WatchBot.Discord.Gateway;
using WatchBot.Discord.Tests.Gateway.Support;

namespace WatchBot.Discord.Tests.Gateway;

public sealed class IdentifyTests
{
    [Fact]
    public async Task Identify_AsksForIntentsZero_NoPrivilegedIntent_WithTheToken()
    {
        await using var h = await GatewayHarness.StartAsync();
        await h.WaitSessionsAsync(1);

        var identify = Assert.Single(h.Sent(2));
        var intents = identify.GetProperty("intents").GetInt32();
        Assert.Equal(0, intents);
        Assert.Equal(0, intents & GatewayIntents.Privileged);
        Assert.Equal(GatewayHarness.Token, identify.GetProperty("token").GetString());
        Assert.Equal("WatchBot", identify.GetProperty("properties").GetProperty("browser").GetString());
        Assert.False(string.IsNullOrEmpty(identify.GetProperty("properties").GetProperty("os").GetString()));
        Assert.Equal([0, 1], identify.GetProperty("shard").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal("/?v=10&encoding=json", h.Emulator.ConnectionPaths[0]);
    }

    [Fact]
    public async Task ConfiguredShardIds_AreTheOnesIdentified()
    {
        await using var h = await GatewayHarness.StartAsync(o =>
        {
            o.ShardCount = 4;
            o.ShardIds = [3, 1];
        });
        await h.AdvanceUntilAsync(() => h.Emulator.Identifies == 2, TimeSpan.FromSeconds(1));

        var shards = h.Sent(2).Select(d => (d.GetProperty("shard")[0].GetInt32(), d.GetProperty("shard")[1].GetInt32())).Order().ToList();
        Assert.Equal([(1, 4), (3, 4)], shards);
        Assert.Equal(2, h.Emulator.Connections);
    }

    [Fact]
    public async Task RecommendedShardCount_IsUsedWhenNoneConfigured_OneIdentifySlotAtATime()
    {
        await using var h = await GatewayHarness.StartAsync(shards: 2, maxConcurrency: 1);
        await h.WaitForAsync(() => h.Emulator.Identifies == 1 && h.Emulator.Connections == 2);

        Assert.Equal(1, h.Emulator.Identifies);
        h.Clock.Advance(IdentifyGate.ConcurrencyWindow);
        await h.WaitForAsync(() => h.Emulator.Identifies == 2);

        var shards = h.Sent(2).Select(d => d.GetProperty("shard")[0].GetInt32()).Order().ToList();
        Assert.Equal([0, 1], shards);
        Assert.All(h.Sent(2), d => Assert.Equal(2, d.GetProperty("shard")[1].GetInt32()));
    }

    [Fact]
    public async Task UrlOverride_WinsOverTheUrlFromRest()
    {
        await using var h = await GatewayHarness.StartAsync();
        await h.WaitSessionsAsync(1);
        await using var other = await GatewayHarness.StartAsync(o => o.Url = h.Emulator.Url);

        await h.WaitForAsync(() => h.Emulator.Identifies == 2);
        await other.WaitSessionsAsync(1);
        Assert.Equal(0, other.Emulator.Connections);
    }
}
