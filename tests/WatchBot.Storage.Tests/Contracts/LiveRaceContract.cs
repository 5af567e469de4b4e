using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Storage.Tests.Polls;
using WatchBot.Storage.Tests.Support;
using WatchBot.Testing;
using static WatchBot.Storage.Tests.Polls.PollProcess;

namespace WatchBot.Storage.Tests.Contracts;

/// <summary>
/// Two processes on one database start a session in the same channel at once, one held after it
/// read the channel free (at its later read of the polls) while the other starts: the store's one
/// live session per channel refuses the second commit, and that is decided again on the fresh state
/// (the session that is live now), not answered as a failure on our side.
/// </summary>
public abstract class LiveRaceContract<TStorage> : StorageContract<TStorage>
    where TStorage : StorageUnderTest, new()
{
    [Fact]
    public async Task OneProcessHeldAfterReadingTheChannelFree_WhileTheOtherStarts_IsToldWhatRuns()
    {
        var gate = new ReadGate(holdAfterRead: false);
        var late = await StartAsync(Storage, TestTime.Start, p => new GatedPollStore(p, gate));
        var early = await StartAsync(Storage, TestTime.Start);

        var held = late.Say(Bob, "/watch start title:\"Heat\"");
        await gate.Reached;
        var started = await early.Say(Alice, "/watch start title:\"Ronin\"");
        gate.Release();
        var second = await held;

        Assert.Single(started.Announced.OfType<CountdownStarted>());
        Assert.Empty(second.Announced);
        Assert.Equal("\"Ronin\" is already running here. One session per channel: end it first.", Assert.IsType<Refused>(second.Reply).Reason);
        Assert.Equal("Ronin", (await early.Store.FindLiveAsync(Channel, CancellationToken.None))!.Title);
        Assert.Equal(1L, await Storage.ScalarAsync("SELECT COUNT(*) FROM sessions;"));
    }
}
