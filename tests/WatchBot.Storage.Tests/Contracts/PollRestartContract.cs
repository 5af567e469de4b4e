using WatchBot.Core.Features.Polls;
using WatchBot.Core.Features.Sessions.Rules;
using WatchBot.Core.Kernel;
using WatchBot.Testing;
using static WatchBot.Storage.Tests.Polls.PollProcess;

namespace WatchBot.Storage.Tests.Contracts;

/// <summary>
/// A poll lives in the database, on every provider: its nominations and votes survive a restart, and its
/// closing timer, delivered again after the restart (as Quartz's persistent store does), closes it once,
/// however many times it fires and whether or not the host closes it at the same moment.
/// </summary>
public abstract class PollRestartContract<TStorage> : StorageContract<TStorage>
    where TStorage : StorageUnderTest, new()
{
    private static readonly CancellationToken None = CancellationToken.None;
    [Fact]
    public async Task TheClosingTimer_AfterARestart_ClosesThePollOnce_AndTheWinnerBecomesTheTitle()
    {
        var timer = await OpenPollWithVotesAsync();

        // Back up an hour later, when the poll closes: the timer store delivers its job, twice.
        var second = await StartAsync(Storage, TestTime.Start + TimeSpan.FromHours(2));
        await second.Coordinator.RecoverAsync(None);
        var poll = (await second.Polls.FindOpenAsync(timer.SessionId, None))!;
        Assert.Equal((2, 3), (poll.Nominations.Count, poll.Votes.Count));

        await second.Timers.ArmAsync(timer.ToAggregateTimer(), None);
        await second.Coordinator.OnTimerAsync(timer, None);

        var closed = Assert.Single(second.Platform.Of<PollClosed>());
        Assert.Equal("Ronin", closed.Winner!.Title);
        Assert.Single(second.Platform.Of<TitleFromPoll>());
        var booking = (await second.Store.GetAsync(timer.SessionId, None))!;
        Assert.Equal(("Ronin", 1), (booking.Title, booking.Revision));
        var stored = (await second.Polls.GetAsync(poll.Id, None))!;
        Assert.Equal(("Ronin", TestTime.Start + TimeSpan.FromHours(2)), (stored.Winner, stored.ClosedAt));
        Assert.Null(await second.Polls.FindOpenAsync(timer.SessionId, None));
        Assert.IsType<Refused>((await second.Say(Alice, "/watch poll close")).Reply);
    }

    [Fact]
    public async Task TheHostClosing_AsTheTimerFires_ClosesThePollOnce()
    {
        var timer = await OpenPollWithVotesAsync();
        var second = await StartAsync(Storage, TestTime.Start + TimeSpan.FromHours(2));

        var close = second.Say(Alice, "/watch poll close");
        var fire = second.Coordinator.OnTimerAsync(timer, None);
        await Task.WhenAll(close, fire);

        Assert.Single(second.Platform.Of<PollClosed>());
        Assert.Single(second.Platform.Of<TitleFromPoll>());
        Assert.Equal(1, (await second.Store.GetAsync(timer.SessionId, None))!.Revision);
        Assert.Equal("Ronin", (await second.Store.GetAsync(timer.SessionId, None))!.Title);
    }

    /// <summary>
    /// The first process: a booking three hours ahead, a poll on it, "Heat" and "Ronin" nominated, two
    /// votes for Ronin and one for Heat. Returns the closing timer it armed (an hour before the start).
    /// </summary>
    private async Task<SessionTimer> OpenPollWithVotesAsync()
    {
        var first = await StartAsync(Storage, TestTime.Start);
        await first.Say(Alice, "/watch schedule title:\"Movie night\" at:\"in 3h\"");
        Assert.Single((await first.Say(Alice, "/watch poll")).Announced.OfType<PollOpened>());
        await first.Say(Bob, "/watch nominate title:Heat");
        await first.Say(Dave, "/watch poll nominate title:Ronin");
        await first.Say(Erin, "/watch vote n:1");
        await first.Say(Erin, "/watch vote n:2");
        await first.Say(Dave, "/watch vote 2");
        Assert.IsType<VoteNoted>((await first.Say(Bob, "/watch vote n:1")).Reply);

        var timer = Assert.Single(first.Timers.History, t => t.Kind == TimerKind.PollClose);
        Assert.Equal(TestTime.Start + TimeSpan.FromHours(2), timer.Target);
        return timer;
    }
}
