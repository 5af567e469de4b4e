using WatchBot.Core.Features.Polls;
using WatchBot.Core.Kernel;
using WatchBot.Storage.Tests.Polls;
using WatchBot.Storage.Tests.Support;
using WatchBot.Testing;
using static WatchBot.Storage.Tests.Polls.PollProcess;

namespace WatchBot.Storage.Tests.Contracts;

/// <summary>
/// Two processes on one database open a poll on the same booking at once, and one of them is held
/// at its read of the channel's polls while the other opens its poll: one poll is opened and
/// announced, and the other host is told one is open (a poll is guarded by its session's version).
/// </summary>
public abstract class PollRaceContract<TStorage> : StorageContract<TStorage>
    where TStorage : StorageUnderTest, new()
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task OneProcessHeldAtItsPollRead_WhileTheOtherOpensOne_OnePollIsOpened(bool holdAfterRead)
    {
        var first = await StartAsync(Storage, TestTime.Start);
        await first.Say(Alice, "/watch schedule title:\"Movie night\" at:\"in 3h\"");

        var gate = new ReadGate(holdAfterRead);
        var late = await StartAsync(Storage, TestTime.Start, p => new GatedPollStore(p, gate));
        var early = await StartAsync(Storage, TestTime.Start);

        var held = late.Say(Alice, "/watch poll open");
        await gate.Reached;
        var opened = await early.Say(Alice, "/watch poll open");
        gate.Release();
        var second = await held;

        Assert.Single(opened.Announced.OfType<PollOpened>());
        Assert.Empty(second.Announced);
        Assert.Contains("already open", Assert.IsType<Refused>(second.Reply).Reason, StringComparison.Ordinal);
        Assert.Empty(late.Platform.Of<PollOpened>());
        Assert.Equal(1L, await Storage.ScalarAsync("SELECT COUNT(*) FROM polls WHERE closed_at IS NULL;"));
    }
}
