using WatchBot.Core.Features.Sessions;
using WatchBot.Engine.Ports;
using WatchBot.Storage.Sqlite.Fleet;
using WatchBot.Storage.Tests.Support;

namespace WatchBot.Storage.Tests.Fleet;

/// <summary>SQLite's leases: one process, which always wins, and the same read of a channel's pending entries as PostgreSQL.</summary>
public sealed class SqliteOutboxLeasesTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task ALease_IsAlwaysGranted_AndSaysTheChannelsOldestPendingEntry()
    {
        var store = _db.OpenStore();
        await store.InitializeAsync(CancellationToken.None);
        var leases = new SqliteOutboxLeases(store.Database);
        var session = Samples.Session(SessionPhase.Playing);
        var committed = await store.CommitAsync(new SessionCommit(session, [], [Entry(session, "PlaybackStarted"), Entry(session, "PlaybackPaused")]), CancellationToken.None);
        await store.MarkOutboxSentAsync(committed[0].Id, Samples.T0, CancellationToken.None);

        var mine = await leases.TakeAsync(Samples.Channel, "old-name", Samples.T0, TimeSpan.FromSeconds(10), CancellationToken.None);
        var restarted = await leases.TakeAsync(Samples.Channel, "new-name", Samples.T0.AddSeconds(1), TimeSpan.FromSeconds(10), CancellationToken.None);
        var elsewhere = await leases.TakeAsync(Samples.OtherChannel, "new-name", Samples.T0, TimeSpan.FromSeconds(10), CancellationToken.None);

        Assert.True(mine.Held);
        Assert.True(restarted.Held);
        Assert.Equal(committed[1].Id, restarted.OldestPending);
        Assert.Null(elsewhere.OldestPending);
        Assert.Equal([committed[1].Id], (await leases.ListPendingAsync(Samples.Channel, 10, CancellationToken.None)).Select(e => e.Id));
        Assert.Empty(await leases.ListPendingAsync(Samples.OtherChannel, 10, CancellationToken.None));
    }

    private static OutboxEntry Entry(WatchSession session, string kind) => new(0, session.Channel, kind, session.Id, "{}", Samples.T0);
}
