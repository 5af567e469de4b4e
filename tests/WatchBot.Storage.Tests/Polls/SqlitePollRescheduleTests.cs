using WatchBot.Core.Features.MovieNights;
using WatchBot.Core.Features.Polls;
using WatchBot.Core.Features.Sessions.Rules;
using WatchBot.Storage.Tests.Contracts;
using WatchBot.Testing;
using static WatchBot.Storage.Tests.Polls.PollProcess;

namespace WatchBot.Storage.Tests.Polls;

/// <summary>
/// A booking rescheduled on a real SQLite file: its poll's default closing time moves with it, is stored,
/// survives a restart, and only the new closing timer closes the poll (the old instant passes quietly).
/// </summary>
public sealed class SqlitePollRescheduleTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task AMovedBooking_MovesItsPollsClosingTime_AndTheReArmedTimerClosesItOnce()
    {
        await using var provider = new SqliteStorage();
        var hour = TimeSpan.FromHours(1);
        var first = await StartAsync(provider, TestTime.Start);
        await first.Say(Alice, "/watch schedule title:\"Movie night\" at:\"in 3h\"");
        await first.Say(Alice, "/watch poll");
        await first.Say(Bob, "/watch nominate title:Heat");
        Assert.IsType<VoteNoted>((await first.Say(Dave, "/watch vote n:1")).Reply);

        var moved = await first.Say(Alice, "/watch booking reschedule at:\"in 5h\"");

        Assert.Single(moved.Announced.OfType<SessionRescheduled>());
        var redrawn = Assert.Single(first.Platform.Of<PollChanged>(), c => c.Poll.ClosesAt != TestTime.Start + 2 * hour);
        Assert.Equal(TestTime.Start + 4 * hour, redrawn.Poll.ClosesAt);
        var timer = first.Timers.History.Last(t => t.Kind == TimerKind.PollClose);
        Assert.Equal(TestTime.Start + 4 * hour, timer.Target);

        // The old closing instant passes: the poll stays open.
        first.Time.Advance(2 * hour + TimeSpan.FromMinutes(1));
        Assert.Empty(first.Platform.Of<PollClosed>());
        var stored = (await first.Polls.FindOpenAsync(timer.SessionId, None))!;
        Assert.Equal(TestTime.Start + 4 * hour, stored.ClosesAt);

        // A restart reads the moved time back; the re-armed timer closes the poll once, with its winner.
        var second = await StartAsync(provider, first.Time.GetUtcNow());
        Assert.Equal(TestTime.Start + 4 * hour, (await second.Polls.FindOpenAsync(timer.SessionId, None))!.ClosesAt);
        first.Time.Advance(2 * hour);
        await second.Coordinator.OnTimerAsync(timer, None);

        var closed = Assert.Single(first.Platform.Of<PollClosed>());
        Assert.Equal("Heat", closed.Winner!.Title);
        Assert.Empty(second.Platform.Of<PollClosed>());
        Assert.Equal("Heat", (await second.Store.GetAsync(timer.SessionId, None))!.Title);
    }
}
