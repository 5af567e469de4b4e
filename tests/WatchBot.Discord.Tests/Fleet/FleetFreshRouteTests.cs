using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WatchBot.Discord.Rest;
using WatchBot.Emulators.Discord;
using WatchBot.Platform.RateLimits;
using Xunit.Abstractions;

namespace WatchBot.Discord.Tests.Fleet;

/// <summary>
/// The first requests on a guild route nobody has used yet, from three instances on one bot token
/// (what the three-instance Showtime run's last 429s were). Requests queue on the route's bucket
/// before Discord has named it (<c>X-RateLimit-Bucket</c>); requests made after the name is known must
/// join that same queue, or an instance sends in two streams, twice its share, and the fleet overruns.
/// </summary>
public sealed class FleetFreshRouteTests(ITestOutputHelper output)
{
    private const int Wave = 4;

    [Fact]
    public void OnceTheHashIsKnown_TheRouteKeepsTheBucketItAlreadyHad()
    {
        var limiter = new RateLimiter(TimeProvider.System, () => 3);
        var route = DiscordRoute.ListEvents(new Snowflake(900));
        var before = limiter.BucketFor(route);

        using var answer = Answer("abc123", remaining: 5);
        limiter.Update(route, before, answer.Headers, counted: true);

        Assert.Same(before, limiter.BucketFor(route));
        Assert.Equal(1, limiter.BucketCount);

        // A third of a limit of 6 is two a window: the one just answered and one more.
        Assert.Equal(TimeSpan.Zero, before.WaitAt(TimeProvider.System.GetUtcNow()));
    }

    [Fact]
    public void AnotherGuild_UnderAKnownHash_HasItsOwnBucket()
    {
        var limiter = new RateLimiter(TimeProvider.System, () => 3);
        var first = DiscordRoute.ListEvents(new Snowflake(900));
        using var answer = Answer("abc123", remaining: 5);
        limiter.Update(first, limiter.BucketFor(first), answer.Headers, counted: true);

        var other = limiter.BucketFor(DiscordRoute.ListEvents(new Snowflake(901)));

        Assert.NotSame(limiter.BucketFor(first), other);
        Assert.Same(other, limiter.BucketFor(DiscordRoute.ListEvents(new Snowflake(901))));
    }

    [Fact]
    public async Task ThreeInstances_OnAFreshGuildRoute_RequestsBeforeAndAfterItsHashIsKnown_Get0x429()
    {
        await using var api = await DiscordApiEmulator.StartAsync();
        api.BucketLimit = 6;
        api.BucketWindow = TimeSpan.FromMilliseconds(500);
        var budgets = Enumerable.Range(0, 3).Select(_ => new FleetBudget(45)).ToList();
        budgets.ForEach(b => b.Seen(3, first: false, DateTimeOffset.MinValue, TimeSpan.FromSeconds(10)));
        var clients = budgets.Select(b => Client(api, b)).ToList();
        try
        {
            var route = DiscordRoute.ListEvents(new Snowflake(900));

            // Each instance: a wave while the route is unknown, a second wave once its first answer is in.
            var sends = clients.Select(async c =>
            {
                var first = Enumerable.Range(0, Wave).Select(_ => c.SendAsync(route, null, CancellationToken.None)).ToList();
                await Task.WhenAny(first);
                var second = Enumerable.Range(0, Wave).Select(_ => c.SendAsync(route, null, CancellationToken.None));
                return await Task.WhenAll(first.Concat(second));
            });
            var results = (await Task.WhenAll(sends)).SelectMany(r => r).ToList();

            Assert.All(results, r => Assert.True(r.IsSuccess));
            output.WriteLine($"{api.Calls.Count} requests, 429s {api.RateLimitedCount}");
            Assert.Equal(0, api.RateLimitedCount);
            Assert.Equal(3 * 2 * Wave, api.Calls.Count(c => c.Path == "/guilds/900/scheduled-events" && c.Status == 200));
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
        }
    }

    /// <summary>An answer from a bucket of 6 per 5 s named <paramref name="hash"/>.</summary>
    private static HttpResponseMessage Answer(string hash, int remaining)
    {
        var answer = new HttpResponseMessage();
        answer.Headers.Add("X-RateLimit-Bucket", hash);
        answer.Headers.Add("X-RateLimit-Limit", "6");
        answer.Headers.Add("X-RateLimit-Remaining", remaining.ToString(System.Globalization.CultureInfo.InvariantCulture));
        answer.Headers.Add("X-RateLimit-Reset-After", "5.000");
        return answer;
    }

    private static DiscordRestClient Client(DiscordApiEmulator api, FleetBudget budget) => new(
        Options.Create(new DiscordOptions { Token = "t0ken", ApiBaseUrl = api.BaseUrl.ToString(), GlobalRequestsPerSecond = budget.Total, MaxRetries = 20 }),
        TimeProvider.System,
        NullLogger<DiscordRestClient>.Instance,
        budget: budget);
}
