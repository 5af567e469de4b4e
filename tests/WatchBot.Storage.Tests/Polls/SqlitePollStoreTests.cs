using System.Collections.Immutable;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WatchBot.Core.Features.Polls;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Ports;
using WatchBot.Storage.Sqlite;
using WatchBot.Storage.Sqlite.Polls;
using WatchBot.Storage.Tests.Support;

namespace WatchBot.Storage.Tests.Polls;

/// <summary>A poll written beside its session comes back whole after a restart; a stale version refuses the whole commit.</summary>
public sealed class SqlitePollStoreTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly UserRef Carol = new("discord", "u-carol", "Carol \"C\" 🎬");
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    private static MoviePoll Poll(WatchSession booking) => new()
    {
        Id = new PollId("poll00000001"),
        Session = booking.Id,
        Channel = booking.Channel,
        OpenedBy = Samples.Alice,
        OpenedAt = Samples.T0,
        ClosesAt = Samples.T0.AddHours(2),
        Nominations = [new Nomination(1, "Heat", Samples.Bob, Samples.T0.AddMinutes(1)), new Nomination(3, "Blade \"Runner\" 🎬", Carol, Samples.T0.AddMinutes(3)) { Adult = true }],
        Votes = ImmutableDictionary<UserKey, int>.Empty.Add(Samples.Alice.Key, 3).Add(Samples.Bob.Key, 1).Add(Carol.Key, 3),
        NextNumber = 4,
    };

    private SqliteSessionStore OpenStore() =>
        new(Options.Create(_db.StorageOptions), NullLogger<SqliteSessionStore>.Instance, [new SqlitePollWriter()]);

    [Fact]
    public async Task Commit_NewPoll_ComesBackWhole_AtVersion1_AfterTheProcessRestarts()
    {
        var booking = Samples.Scheduled(Samples.T0.AddHours(3));
        var poll = Poll(booking);
        using (var store = OpenStore())
        {
            await store.InitializeAsync(None);
            await store.CommitAsync(new SessionCommit(booking, [], []) { Changes = [new PollChange(poll)] }, None);
        }

        using var reopened = OpenStore();
        await reopened.InitializeAsync(None);
        var polls = new SqlitePollStore(reopened.Database);
        var read = (await polls.GetAsync(poll.Id, None))!;

        Assert.Equal(poll with { Version = 1, Nominations = read.Nominations, Votes = read.Votes }, read);
        Assert.Equal(poll.Nominations, read.Nominations);
        Assert.Equal(poll.Votes.OrderBy(v => v.Key.Id), read.Votes.OrderBy(v => v.Key.Id));
        Assert.Equal(poll.Id, Assert.Single(await polls.ListOpenAsync(booking.Channel, None)).Id);
        Assert.Equal(poll.Id, (await polls.FindOpenAsync(booking.Id, None))!.Id);
        Assert.Empty(await polls.ListOpenAsync(booking.Channel with { ChannelId = "elsewhere" }, None));
    }

    [Fact]
    public async Task Commit_AStalePoll_RefusesTheWholeCommit_AndAClosedPollIsNoLongerOpen()
    {
        using var store = OpenStore();
        await store.InitializeAsync(None);
        var polls = new SqlitePollStore(store.Database);
        var booking = Samples.Scheduled(Samples.T0.AddHours(3));
        await store.CommitAsync(new SessionCommit(booking, [], []) { Changes = [new PollChange(Poll(booking))] }, None);
        var stored = (await store.GetAsync(booking.Id, None))!;
        var open = (await polls.GetAsync(new PollId("poll00000001"), None))!;

        // The host closes it (version 1 → 2) with the winner as the title.
        var closed = open with { ClosedAt = Samples.T0.AddHours(1), Winner = "Blade \"Runner\" 🎬", Votes = open.Votes.Remove(Samples.Bob.Key) };
        await store.CommitAsync(new SessionCommit(stored with { Title = closed.Winner }, [], []) { Changes = [new PollChange(closed)] }, None);

        // The timer, holding the poll as it was at version 1, is refused and writes nothing.
        var late = new SessionCommit((await store.GetAsync(booking.Id, None))! with { Title = "Heat" }, [], []) { Changes = [new PollChange(open with { ClosedAt = Samples.T0.AddHours(2), Winner = "Heat" })] };
        await Assert.ThrowsAsync<AggregateVersionConflictException>(() => store.CommitAsync(late, None));

        var read = (await polls.GetAsync(open.Id, None))!;
        Assert.Equal((2L, "Blade \"Runner\" 🎬", Samples.T0.AddHours(1)), (read.Version, read.Winner, read.ClosedAt));
        Assert.Equal(2, read.Votes.Count);
        Assert.Equal("Blade \"Runner\" 🎬", (await store.GetAsync(booking.Id, None))!.Title);
        Assert.Empty(await polls.ListOpenAsync(booking.Channel, None));
        Assert.Null(await polls.FindOpenAsync(booking.Id, None));
    }
}
