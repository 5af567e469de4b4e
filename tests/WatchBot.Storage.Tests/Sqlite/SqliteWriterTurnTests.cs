using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Ports;
using WatchBot.Storage.Tests.Support;

namespace WatchBot.Storage.Tests.Sqlite;

/// <summary>
/// The file's writers from this process take turns (<c>SqliteDatabase.WriterTurnAsync</c>) instead of
/// polling SQLite's lock; the outbox's "sent" mark is the one write not synced, and only that one.
/// </summary>
public sealed class SqliteWriterTurnTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task ManyCommitsAndMarksAtOnce_EachIsStored()
    {
        var store = _db.OpenStore();
        var sessions = Enumerable.Range(0, 100)
            .Select(i => Samples.Session(SessionPhase.Playing, new ChannelAddress("discord", "guild", "channel-" + i), "session-" + i))
            .ToList();

        var committed = await Task.WhenAll(sessions.Select(s => store.CommitAsync(new SessionCommit(s, [], [Entry(s)]), None)));
        await Task.WhenAll(committed.Select(c => store.MarkOutboxSentAsync(Assert.Single(c).Id, Samples.T0, None)));

        Assert.Equal(100, await _db.ScalarAsync("SELECT COUNT(*) FROM sessions;"));
        Assert.Equal(100, await _db.ScalarAsync("SELECT COUNT(*) FROM outbox WHERE sent_at IS NOT NULL;"));
    }

    [Fact]
    public async Task AfterAnUnsyncedMark_TheNextConnectionFromThePoolIsSyncedFullAgain()
    {
        var store = _db.OpenStore();
        var session = Samples.Session(SessionPhase.Playing);
        var entry = Assert.Single(await store.CommitAsync(new SessionCommit(session, [], [Entry(session)]), None));

        await store.MarkOutboxSentAsync(entry.Id, Samples.T0, None);

        // Same file, same connection string: the pool hands back the connection the mark used.
        await using var connection = await _db.OpenDatabase().OpenAsync(None);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous;";
        Assert.Equal(2L, await command.ExecuteScalarAsync()); // FULL
    }

    private static OutboxEntry Entry(WatchSession session) => new(0, session.Channel, "PlaybackStarted", session.Id, "{}", Samples.T0);
}
