using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WatchBot.Core.Features.Sessions.Rules;
using WatchBot.Core.Grammar;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Sessions;
using WatchBot.Storage.Tests.Support;
using WatchBot.Testing;

namespace WatchBot.Storage.Tests.Sqlite;

/// <summary>
/// Bookings through the real coordinator on a real SQLite file: many at once share the group commit's
/// transaction, each is acknowledged (the coordinator's "committed") only once it is stored, and a
/// restarted process finds every acknowledged one, exactly once.
/// </summary>
public sealed class GroupCommitBookingTests : IDisposable
{
    private const int Bookings = 60;
    private static readonly Actor Host = new(new UserRef("discord", "u-host", "host"), IsModerator: false);
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task BookingsAtTheSameMoment_AreCommittedTogether_AndEachIsAcknowledgedStoredOnce()
    {
        var store = _db.OpenStore();
        await store.InitializeAsync(CancellationToken.None);
        var time = new FakeTimeProvider(Samples.T0);
        var coordinator = new SessionCoordinator(
            store,
            new ManualSessionTimers(time),
            new NoticeRouter([new RecordingPublisher("discord")], NullLogger<NoticeRouter>.Instance),
            time,
            Options.Create(new SessionRulesOptions()),
            NullLogger<SessionCoordinator>.Instance);
        var acknowledged = new bool[Bookings];
        var storedWhenAcknowledged = new bool[Bookings];
        var before = store.Database.SyncedGroupTransactions;

        Task<CommandOutcome>[] bookings;
        using (await store.Database.WriterTurnAsync(CancellationToken.None))
        {
            bookings = [.. Enumerable.Range(0, Bookings).Select(i => Task.Run(() => coordinator.HandleAsync(
                Channel(i),
                Host,
                Parse($"/watch schedule title:\"Night {i}\" at:\"in 2h\""),
                CancellationToken.None,
                committed: _ =>
                {
                    acknowledged[i] = true;
                    // Told only once durable: a restarted process (another store on the file) reads it.
                    storedWhenAcknowledged[i] = _db.ScalarAsync($"SELECT COUNT(*) FROM sessions WHERE channel_id = 'channel-{i}';").GetAwaiter().GetResult() == 1;
                })))];

            // Every booking waits for the one writer, as under load.
            Assert.True(SpinWait.SpinUntil(() => store.Database.QueuedWrites == Bookings, TimeSpan.FromSeconds(60)));
            Assert.DoesNotContain(true, acknowledged);
        }

        var outcomes = await Task.WhenAll(bookings);

        Assert.All(outcomes, o => Assert.Null(o.Reply is Refused refused ? refused : null));
        Assert.All(acknowledged, Assert.True);
        Assert.All(storedWhenAcknowledged, Assert.True);
        // One synced transaction (one fsync) for the sixty; the outbox's "sent" marks that follow are not synced.
        Assert.Equal(1, store.Database.SyncedGroupTransactions - before);
        var restarted = _db.OpenStore();
        for (var i = 0; i < Bookings; i++)
        {
            var booked = Assert.Single(await restarted.ListScheduledAsync(Channel(i), CancellationToken.None));
            Assert.Equal($"Night {i}", booked.Title);
        }

        Assert.Equal(Bookings, await _db.ScalarAsync("SELECT COUNT(*) FROM sessions;"));
    }

    private static ChannelAddress Channel(int i) => new("discord", "guild", "channel-" + i);

    private static WatchCommand Parse(string text)
    {
        var parsed = CommandParser.Parse(text);
        Assert.True(parsed.IsSuccess);
        return parsed.Command!;
    }
}
