using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WatchBot.Discord.Rest;
using WatchBot.Emulators.Discord;
using WatchBot.Platform.RateLimits;
using Xunit.Abstractions;

namespace WatchBot.Discord.Tests.Fleet;

/// <summary>
/// Discord's route buckets count per bot token, like the global ceiling: three instances bursting into
/// the same guild's scheduled events at the emulator, on the real clock. Each keeps to its share of the
/// bucket's limit, so none gets a 429; instances that each take the whole bucket for themselves do get
/// them (what the three-instance Showtime run showed). A channel's routes stay whole: only the instance
/// holding the channel's outbox lease sends there.
/// </summary>
public sealed class FleetRouteBucketTests(ITestOutputHelper output)
{
    private const int PerInstance = 4;

    [Fact]
    public async Task ThreeInstances_KeepToTheirShareOfEachRouteBucket_AndGetNo429()
    {
        await using var api = await Emulator();

        var limited = await BurstAsync(api, live: 3);

        Assert.Equal(0, limited);
        Assert.Equal(3 * PerInstance, api.Calls.Count(c => c.Path == "/guilds/900/scheduled-events" && c.Status == 200));
    }

    [Fact]
    public void InAFleet_AGuildsBucketIsShared_ButAChannelsStaysWhole()
    {
        var now = DateTimeOffset.UnixEpoch;
        var limiter = new RateLimiter(TimeProvider.System, () => 3);
        var events = limiter.BucketFor(DiscordRoute.ListEvents(new Snowflake(900)));
        var messages = limiter.BucketFor(DiscordRoute.CreateMessage(new Snowflake(901)));

        events.Update(new RateHeaders(4, TimeSpan.FromSeconds(5), 5, 105.0), counted: true, now);
        messages.Update(new RateHeaders(4, TimeSpan.FromSeconds(5), 5, 105.0), counted: true, now);

        Assert.True(events.WaitAt(now) > TimeSpan.Zero, "a third of a guild bucket of 5 is one request per window");
        Assert.Equal(TimeSpan.Zero, messages.WaitAt(now));
    }

    [Fact]
    public async Task ThreeInstancesEachTakingTheWholeBucket_Get429s()
    {
        await using var api = await Emulator();

        var limited = await BurstAsync(api, live: 1);

        Assert.True(limited > 0, "three instances each sending a bucket's whole limit exceed it together");
    }

    [Fact]
    public void AloneOrWithTheLimitUnknown_TheWholeBucketIsThisInstances()
    {
        var now = DateTimeOffset.UnixEpoch;
        var bucket = new RateBucket(() => 3);

        // Nothing known yet: one request goes to find the limit out.
        Assert.Equal(TimeSpan.Zero, bucket.WaitAt(now));
        bucket.Update(new RateHeaders(5, TimeSpan.FromSeconds(5), 0, null), counted: true, now);
        Assert.Equal(TimeSpan.Zero, bucket.WaitAt(now));

        // Limit 5 among three: one request per window each; the next window starts fresh.
        bucket.Update(new RateHeaders(4, TimeSpan.FromSeconds(5), 5, 105.0), counted: true, now);
        Assert.True(bucket.WaitAt(now) > TimeSpan.FromSeconds(4.9));
        Assert.Equal(TimeSpan.Zero, bucket.WaitAt(now + TimeSpan.FromSeconds(5.1)));
        bucket.Update(new RateHeaders(3, TimeSpan.FromSeconds(5), 5, 110.1), counted: false, now + TimeSpan.FromSeconds(5.1));
        Assert.Equal(TimeSpan.Zero, bucket.WaitAt(now + TimeSpan.FromSeconds(5.1)));

        var alone = new RateBucket(() => 1);
        alone.Update(new RateHeaders(4, TimeSpan.FromSeconds(5), 5, 105.0), counted: true, now);
        Assert.Equal(TimeSpan.Zero, alone.WaitAt(now));
    }

    private static async Task<DiscordApiEmulator> Emulator()
    {
        var api = await DiscordApiEmulator.StartAsync();
        api.BucketLimit = 6;
        api.BucketWindow = TimeSpan.FromMilliseconds(500);
        return api;
    }

    /// <summary>Each of three clients (believing <paramref name="live"/> instances live) lists one guild's events, all at once; returns the 429s.</summary>
    private async Task<int> BurstAsync(DiscordApiEmulator api, int live)
    {
        var budgets = Enumerable.Range(0, 3).Select(_ => new FleetBudget(45)).ToList();
        budgets.ForEach(b => b.Seen(live, first: false, DateTimeOffset.MinValue, TimeSpan.FromSeconds(10)));
        var clients = budgets.Select(b => Client(api, b)).ToList();
        try
        {
            var sends = clients.SelectMany(c => Enumerable.Range(0, PerInstance).Select(_ =>
                c.SendAsync(DiscordRoute.ListEvents(new Snowflake(900)), null, CancellationToken.None)));
            var results = await Task.WhenAll(sends);

            Assert.All(results, r => Assert.True(r.IsSuccess));
            var limited = api.Calls.Count(c => c.Status == 429);
            Assert.Equal(limited, api.Calls.Count(c => c.RateLimitScope == "user"));
            output.WriteLine($"three instances, {live} live as each believes: {api.Calls.Count} requests, 429s {limited}");
            return limited;
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
        }
    }

    private static DiscordRestClient Client(DiscordApiEmulator api, FleetBudget budget) => new(
        Options.Create(new DiscordOptions { Token = "t0ken", ApiBaseUrl = api.BaseUrl.ToString(), GlobalRequestsPerSecond = budget.Total, MaxRetries = 20 }),
        TimeProvider.System,
        NullLogger<DiscordRestClient>.Instance,
        budget: budget);
}
