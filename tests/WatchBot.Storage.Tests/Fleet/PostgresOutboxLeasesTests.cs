using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using WatchBot.Core.Kernel;
using WatchBot.Storage.Postgres;
using WatchBot.Storage.Postgres.Fleet;
using WatchBot.Testing;
using WatchBot.Testing.Postgres;
using Xunit.Abstractions;

namespace WatchBot.Storage.Tests.Fleet;

/// <summary>The lease upsert on the real server: one holder at a time, its own renewals, a lapsed lease free for the taking.</summary>
public sealed class PostgresOutboxLeasesTests(ITestOutputHelper output) : IAsyncLifetime, IDisposable
{
    private static readonly ChannelAddress Channel = new("test", "g", "c");
    private static readonly TimeSpan Length = TimeSpan.FromSeconds(10);
    private PostgresTestDatabase _server = null!;
    private PostgresDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _server = await PostgresTestDatabase.CreateAsync();
        _database = new PostgresDatabase(new StorageOptions { Provider = StorageOptions.Postgres, ConnectionString = _server.ConnectionString }, NullLogger.Instance);
        await new StorageStartupCheck(_database, []).RunAsync(CancellationToken.None);
    }

    public Task DisposeAsync() => _server.DisposeAsync();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task ALease_IsHeldByOneOwner_RenewedByIt_AndFreeForAnotherOnlyOnceItLapses()
    {
        var leases = new PostgresOutboxLeases(_database);
        var t0 = TestTime.Start;

        Assert.True((await leases.TakeAsync(Channel, "a", t0, Length, CancellationToken.None)).Held);
        Assert.False((await leases.TakeAsync(Channel, "b", t0.AddSeconds(9), Length, CancellationToken.None)).Held);
        Assert.True((await leases.TakeAsync(Channel, "a", t0.AddSeconds(9), Length, CancellationToken.None)).Held);
        Assert.False((await leases.TakeAsync(Channel, "b", t0.AddSeconds(18), Length, CancellationToken.None)).Held);
        Assert.True((await leases.TakeAsync(Channel, "b", t0.AddSeconds(19), Length, CancellationToken.None)).Held);
        Assert.False((await leases.TakeAsync(Channel, "a", t0.AddSeconds(20), Length, CancellationToken.None)).Held);

        await leases.ReleaseAsync("b", CancellationToken.None);
        Assert.True((await leases.TakeAsync(Channel, "a", t0.AddSeconds(20), Length, CancellationToken.None)).Held);
    }

    [Fact]
    public async Task TwoOwnersRacingForAFreeChannel_OneWins()
    {
        var leases = new PostgresOutboxLeases(_database);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            leases.TakeAsync(new ChannelAddress("test", "g", "race"), "owner-" + i, TestTime.Start, Length, CancellationToken.None)));

        Assert.Single(results, r => r.Held);
    }

    /// <summary>What the fast path pays for its lease: one round trip (printed with the machine's load; not asserted).</summary>
    [Fact]
    public async Task TheLeaseRoundTrip_IsMeasured()
    {
        var leases = new PostgresOutboxLeases(_database);
        var times = new List<double>();
        for (var i = 0; i < 300; i++)
        {
            var started = Stopwatch.GetTimestamp();
            var lease = await leases.TakeAsync(new ChannelAddress("test", "g", "c" + (i % 30)), "a", TestTime.Start, Length, CancellationToken.None);
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            Assert.True(lease.Held);
        }

        times.Sort();
        output.WriteLine($"lease take/renew on loopback PostgreSQL: median {times[150]:0.000} ms, p95 {times[285]:0.000} ms over 300");
    }
}
