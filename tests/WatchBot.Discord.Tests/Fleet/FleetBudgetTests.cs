using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WatchBot.Discord.Rest;
using WatchBot.Emulators.Discord;
using WatchBot.Engine.Outbox;
using WatchBot.Platform.RateLimits;
using WatchBot.Storage;
using WatchBot.Testing;
using WatchBot.Testing.Postgres;
using Xunit.Abstractions;

namespace WatchBot.Discord.Tests.Fleet;

/// <summary>
/// The fleet shares Discord's ceiling through heartbeats on the real PostgreSQL server: each live
/// instance takes the total divided by the live count, a newcomer waits one instance lease, a dead
/// instance's share returns to the survivors once its lease lapses; at the emulator the fleet together
/// stays under Discord's 50 requests per second.
/// </summary>
public sealed class FleetBudgetTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(10);
    private readonly FakeTimeProvider _time = new(TestTime.Start);
    private PostgresTestDatabase _database = null!;
    private ServiceProvider _storage = null!;

    public async Task InitializeAsync()
    {
        _database = await PostgresTestDatabase.CreateAsync();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(
            [
                new KeyValuePair<string, string?>("Storage:Provider", "postgres"),
                new KeyValuePair<string, string?>("Storage:ConnectionString", _database.ConnectionString),
            ])
            .Build();
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<TimeProvider>(_time);
        services.AddWatchBotStorage(configuration);
        _storage = services.BuildServiceProvider();
        foreach (var initializer in _storage.GetServices<IHostedService>())
        {
            await initializer.StartAsync(CancellationToken.None);
        }
    }

    public async Task DisposeAsync()
    {
        await _storage.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Theory]
    [InlineData(50, 16, 25)]
    [InlineData(45, 15, 22)]
    public async Task ThreeLive_ShareTheTotal_AndWhenOneDies_ItsShareReturnsOnceItsLeaseLapses(int total, int ofThree, int ofTwo)
    {
        var (a, b, c) = (Member("a", total), Member("b", total), Member("c", total));
        await BeatAsync(a, b, c);
        await BeatAsync(a, b, c);
        Assert.All(new[] { a, b, c }, m => Assert.Equal(ofThree, m.Budget.Share));

        // C dies: within its lease the others keep their shares, after it they take its part.
        _time.Advance(TimeSpan.FromSeconds(5));
        await BeatAsync(a, b);
        Assert.Equal(ofThree, a.Budget.Share);
        _time.Advance(TimeSpan.FromSeconds(6));
        await BeatAsync(a, b);

        Assert.Equal(ofTwo, a.Budget.Share);
        Assert.Equal(ofTwo, b.Budget.Share);
    }

    [Fact]
    public async Task AlonePostgres_TakesTheWholeCeiling_AtOnce()
    {
        var a = Member("a", 45);

        await BeatAsync(a);

        Assert.Equal(45, a.Budget.Share);
        Assert.Equal(DateTimeOffset.MinValue, a.Budget.PausedUntil);
    }

    [Fact]
    public async Task ANewcomer_SendsNothingForOneLease_ThenAtItsShare()
    {
        await using var api = await DiscordApiEmulator.StartAsync(_time);
        var a = Member("a", 45);
        await BeatAsync(a);
        var b = Member("b", 45);
        using var client = Client(api, b.Budget, _time);

        await BeatAsync(b);
        var send = client.SendAsync(DiscordRoute.CreateMessage(new Snowflake(77)), Message(), CancellationToken.None);

        Assert.Equal(_time.GetUtcNow() + Lease, b.Budget.PausedUntil);
        Assert.Equal(22, b.Budget.Share);
        Assert.False(send.IsCompleted);
        Assert.Empty(api.Calls);

        // A sees B at its next beat and lowers its own share, well before B's wait ends.
        _time.Advance(TimeSpan.FromSeconds(2));
        await BeatAsync(a);
        Assert.Equal(22, a.Budget.Share);
        Assert.False(send.IsCompleted);

        _time.Advance(Lease - TimeSpan.FromSeconds(2));
        Assert.True((await send.WaitAsync(TimeSpan.FromSeconds(30), TimeProvider.System)).IsSuccess);
        Assert.Single(api.Calls);
    }

    /// <summary>Real clock: three instances, each bursting 60 creates at once, at one emulator counting Discord's global window.</summary>
    [Fact]
    public async Task ThreeInstancesBursting_StayUnderDiscordsCeiling_AtTheEmulator()
    {
        await using var api = await DiscordApiEmulator.StartAsync();
        api.BucketLimit = 1000;
        var budgets = Enumerable.Range(0, 3).Select(_ => new FleetBudget(50)).ToList();
        budgets.ForEach(b => b.Seen(3, first: false, DateTimeOffset.MinValue, Lease));
        var clients = budgets.Select(b => Client(api, b, TimeProvider.System)).ToList();
        try
        {
            var sends = clients.SelectMany((c, i) => Enumerable.Range(0, 60).Select(n =>
                c.SendAsync(DiscordRoute.CreateMessage(new Snowflake((ulong)(1000 + (i * 100) + n))), Message(), CancellationToken.None)));
            var results = await Task.WhenAll(sends);

            Assert.All(results, r => Assert.True(r.IsSuccess));
            Assert.Equal(0, api.RateLimitedCount);
            var arrivals = api.Calls.Select(c => c.At).Order().ToList();
            var busiestSecond = arrivals.Select((at, i) => arrivals.Skip(i).TakeWhile(t => t - at < TimeSpan.FromSeconds(1)).Count()).Max();
            output.WriteLine($"fleet of 3 at 16/s each: {arrivals.Count} creates in {(arrivals[^1] - arrivals[0]).TotalSeconds:0.00} s, busiest second {busiestSecond}, 429s {api.RateLimitedCount}");
            Assert.InRange(busiestSecond, 1, 50);
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
        }
    }

    private (FleetBudgetKeeper Keeper, FleetBudget Budget) Member(string name, int total)
    {
        var budget = new FleetBudget(total);
        var keeper = new FleetBudgetKeeper(
            budget,
            new FleetInstance(name),
            Options.Create(new FleetOptions { InstanceLease = Lease }),
            _time,
            NullLogger<FleetBudgetKeeper>.Instance,
            DiscordPlatform.Name,
            _storage.GetRequiredService<IFleetHeartbeats>());
        return (keeper, budget);
    }

    private static async Task BeatAsync(params (FleetBudgetKeeper Keeper, FleetBudget Budget)[] members)
    {
        foreach (var member in members)
        {
            await member.Keeper.BeatOnceAsync(CancellationToken.None);
        }
    }

    private static DiscordRestClient Client(DiscordApiEmulator api, FleetBudget budget, TimeProvider? time = null) => new(
        Options.Create(new DiscordOptions { Token = "t0ken", ApiBaseUrl = api.BaseUrl.ToString(), GlobalRequestsPerSecond = budget.Total }),
        time ?? TimeProvider.System,
        NullLogger<DiscordRestClient>.Instance,
        budget: budget);

    private static JsonObject Message() => new() { ["content"] = "hi", ["allowed_mentions"] = new JsonObject { ["parse"] = new JsonArray() } };
}
