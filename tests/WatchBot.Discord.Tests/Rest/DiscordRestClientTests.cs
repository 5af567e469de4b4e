using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WatchBot.Discord.Rendering;
using WatchBot.Discord.Rest;
using WatchBot.Emulators.Discord;
using WatchBot.Testing;

namespace WatchBot.Discord.Tests.Rest;

/// <summary>The REST client against the emulator's buckets, global limit and denials.</summary>
public sealed class DiscordRestClientTests : IAsyncLifetime
{
    private DiscordApiEmulator _api = null!;

    public async Task InitializeAsync() => _api = await DiscordApiEmulator.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task BurstToOneChannel_WaitsForTheBucket_AndNeverGets429()
    {
        _api.BucketLimit = 3;
        _api.BucketWindow = TimeSpan.FromMilliseconds(400);
        using var client = Client();

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            client.SendAsync(DiscordRoute.CreateMessage(new Snowflake(42)), Message($"line {i}"), CancellationToken.None)));

        Assert.All(results, r => Assert.True(r.IsSuccess));
        Assert.Equal(0, _api.RateLimitedCount);
        Assert.Equal(8, _api.Calls.Count(c => c.Path == "/channels/42/messages"));
    }

    [Fact]
    public async Task Global429_IsWaitedOutAndRetried()
    {
        _api.GlobalLimit = 2;
        using var client = Client();

        var results = await Task.WhenAll(Enumerable.Range(0, 5).Select(i =>
            client.SendAsync(DiscordRoute.CreateMessage(new Snowflake((ulong)(100 + i))), Message("hi"), CancellationToken.None)));

        Assert.All(results, r => Assert.True(r.IsSuccess));
        Assert.True(_api.RateLimitedCount > 0);
    }

    [Fact]
    public async Task AtTheCeiling_DiscordNeverSeesMoreThanItInOneSecond_AndSends429Never()
    {
        // The emulator allows exactly what the client allows itself: no slack to hide a burst in.
        _api.GlobalLimit = 4;
        using var client = Client(perSecond: 4);

        var results = await Task.WhenAll(Enumerable.Range(0, 12).Select(i =>
            client.SendAsync(DiscordRoute.CreateMessage(new Snowflake((ulong)(300 + i))), Message("showtime"), CancellationToken.None)));

        Assert.All(results, r => Assert.True(r.IsSuccess));
        Assert.Equal(0, _api.RateLimitedCount);
        Assert.Equal(4, _api.PeakPerSecond);
    }

    [Fact]
    public async Task InteractionCallbacks_AreNotHeldByTheGlobalLimit()
    {
        // The client's clock stands still: the one global slot used here is never given back, so a
        // callback that waited for the global limit would wait until the generous limit below.
        using var client = Client(perSecond: 1, new FakeTimeProvider(TestTime.Start));
        await client.SendAsync(DiscordRoute.CreateMessage(new Snowflake(7)), Message("uses the one global slot"), CancellationToken.None);

        var callback = client.SendAsync(DiscordRoute.InteractionCallback(new Snowflake(1), "tok"), new JsonObject { ["type"] = 1 }, CancellationToken.None);

        Assert.Equal(204, (await callback.WaitAsync(TimeSpan.FromSeconds(30), TimeProvider.System)).Status);
    }

    [Fact]
    public async Task MissingPermissions_IsAValue_AndCountsAsInvalid()
    {
        _api.Deny("9", 50001);
        using var client = Client();

        var result = await client.SendAsync(DiscordRoute.CreateMessage(new Snowflake(9)), Message("hi"), CancellationToken.None);

        Assert.True(result.IsMissingPermissions);
        Assert.Equal(50001, result.Code);
        Assert.Equal(1, client.InvalidResponseCount);
    }

    [Fact]
    public async Task GatewayBot_IsReadForTheGateway()
    {
        _api.GatewayUrl = "ws://127.0.0.1:1";
        using var client = Client();

        var info = await client.GetGatewayBotAsync(CancellationToken.None);

        Assert.Equal(new Uri("ws://127.0.0.1:1"), info.Url);
        Assert.Equal(1, info.MaxConcurrency);
    }

    [Fact]
    public async Task EveryRequest_CarriesBotAuthAndUserAgent()
    {
        using var client = Client();

        await client.SendAsync(DiscordRoute.CreateMessage(new Snowflake(5)), Message("hi"), CancellationToken.None);

        var call = Assert.Single(_api.Calls);
        Assert.Equal("Bot t0ken", call.Authorization);
        Assert.Matches(@"^DiscordBot \(\S+, [\d.]+\)$", call.UserAgent);
    }

    private static JsonObject Message(string text) => new DiscordMessage(text).ToJson();

    private DiscordRestClient Client(int perSecond = 45, TimeProvider? time = null) => new(
        Options.Create(new DiscordOptions { Token = "t0ken", ApiBaseUrl = _api.BaseUrl.ToString(), GlobalRequestsPerSecond = perSecond, MaxRetries = 5 }),
        time ?? TimeProvider.System,
        NullLogger<DiscordRestClient>.Instance);
}
