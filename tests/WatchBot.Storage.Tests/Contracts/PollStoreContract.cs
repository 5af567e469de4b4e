using System.Collections.Immutable;
using WatchBot.Core.Features.Polls;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Ports;
using WatchBot.Storage.Tests.Support;

namespace WatchBot.Storage.Tests.Contracts;

/// <summary>
/// <see cref="IPollStore"/> and its writer, on every provider: a poll written beside its session comes
/// back whole after a restart; a stale version refuses the whole commit.
/// </summary>
public abstract class PollStoreContract<TStorage> : StorageContract<TStorage>
    where TStorage : StorageUnderTest, new()
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly UserRef Carol = new("discord", "u-carol", "Carol \"C\" 🎬");
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

    [Fact]
    public async Task Commit_NewPoll_ComesBackWhole_AtVersion1_AfterTheProcessRestarts()
    {
        var booking = Samples.Scheduled(Samples.T0.AddHours(3));
        var poll = Poll(booking);
        var first = await Storage.OpenFeaturesAsync(TimeProvider.System);
        await first.Sessions.CommitAsync(new SessionCommit(booking, [], []) { Changes = [new PollChange(poll)] }, None);

        var polls = (await Storage.OpenFeaturesAsync(TimeProvider.System)).Polls;
        var read = (await polls.GetAsync(poll.Id, None))!;

        Assert.Equal(poll with { Version = 1, Nominations = read.Nominations, Votes = read.Votes }, read);
        Assert.Equal(poll.Nominations, read.Nominations);
        Assert.Equal(poll.Votes.OrderBy(v => v.Key.Id), read.Votes.OrderBy(v => v.Key.Id));
        Assert.Equal(poll.Id, Assert.Single(await polls.ListOpenAsync(booking.Channel, None)).Id);
        Assert.Equal(poll.Id, (await polls.FindOpenAsync(booking.Id, None))!.Id);
        Assert.Empty(await polls.ListOpenAsync(booking.Channel with { ChannelId = "elsewhere" }, None));
        Assert.Null(await polls.GetAsync(new PollId("nosuchpoll00"), None));
    }

    [Fact]
    public async Task Commit_APollWithoutNominations_ComesBackEmpty()
    {
        var booking = Samples.Scheduled(Samples.T0.AddHours(3));
        var empty = Poll(booking) with { Nominations = [], Votes = ImmutableDictionary<UserKey, int>.Empty, NextNumber = 1 };
        var stores = await Storage.OpenFeaturesAsync(TimeProvider.System);
        await stores.Sessions.CommitAsync(new SessionCommit(booking, [], []) { Changes = [new PollChange(empty)] }, None);

        var read = (await stores.Polls.FindOpenAsync(booking.Id, None))!;

        Assert.Equal((1L, 1), (read.Version, read.NextNumber));
        Assert.Empty(read.Nominations);
        Assert.Empty(read.Votes);
    }

    [Fact]
    public async Task Commit_AStalePoll_RefusesTheWholeCommit_AndAClosedPollIsNoLongerOpen()
    {
        var stores = await Storage.OpenFeaturesAsync(TimeProvider.System);
        var (store, polls) = (stores.Sessions, stores.Polls);
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
        Assert.Equal(2, read.Nominations.Count);
        Assert.Equal("Blade \"Runner\" 🎬", (await store.GetAsync(booking.Id, None))!.Title);
        Assert.Empty(await polls.ListOpenAsync(booking.Channel, None));
        Assert.Null(await polls.FindOpenAsync(booking.Id, None));
    }
}
