using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.Rules;
using WatchBot.Core.Kernel;
using static WatchBot.Engine.Tests.Sessions.CoordinatorHarness;

namespace WatchBot.Engine.Tests.Sessions;

/// <summary>
/// Issue 8: overlapping bookings were all accepted and then killed each other ("could not start:
/// … is still running here", never retried). Overlaps are now refused when booked, and a booking
/// due while a /watch start session plays waits for the channel.
/// </summary>
public sealed class WaitingForTheChannelTests
{
    private static readonly TimeSpan S = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan M = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task IssueScript_OverlappingBookingsAreRefusedWhenMade()
    {
        var h = new CoordinatorHarness();

        var alien = await h.Say(Alice, "/watch schedule title:Alien at:\"in 65s\"");
        var aliens = await h.Say(Alice, "/watch schedule title:Aliens at:\"in 65s\"");
        var tooSoon = await h.Say(Alice, "/watch schedule title:\"Too soon\" at:\"in 30s\"");

        Assert.IsType<SessionScheduled>(Assert.Single(alien.Announced));
        Assert.Contains("\"Alien\"", Assert.IsType<Refused>(aliens.Reply).Reason, StringComparison.Ordinal);
        Assert.Contains("\"Alien\"", Assert.IsType<Refused>(tooSoon.Reply).Reason, StringComparison.Ordinal);
        Assert.Empty(aliens.Announced);
        Assert.Single(h.Store.All);

        // One step per timer: FakeTimeProvider gives every callback of one Advance the end instant.
        h.Time.Advance(5 * S); // Alien's countdown begins
        h.Time.Advance(60 * S);
        Assert.Equal("Alien", Assert.Single(h.Platform.Of<PlaybackStarted>()).Session.Title);
        Assert.Empty(h.Platform.Of<ScheduledStartBlocked>());
    }

    [Fact]
    public async Task BookingDueWhileAnAdHocSessionPlays_WaitsAndStartsWhenItEnds()
    {
        var h = new CoordinatorHarness();
        await h.Say(Alice, "/watch start title:Heat in:3s");
        await h.Say(Bob, "/watch schedule title:Alien at:\"in 2m\"");

        h.Time.Advance(M); // the countdown would begin now
        var waiting = Assert.Single(h.Platform.Of<ScheduledStartWaiting>());
        Assert.Equal(("Alien", "Heat"), (waiting.Session.Title, waiting.Blocking.Title));
        h.Time.Advance(5 * M);
        Assert.DoesNotContain(h.Platform.Of<CountdownStarted>(), c => c.Session.Title == "Alien");
        Assert.Single(h.Platform.Of<ScheduledStartWaiting>()); // announced once

        await h.Say(Alice, "/watch end");

        var countdown = Assert.Single(h.Platform.Of<CountdownStarted>(), c => c.Session.Title == "Alien");
        Assert.Equal(h.Time.GetUtcNow() + M, countdown.Target);
        Assert.Equal("Alien", (await h.Live())!.Title);
        h.Time.Advance(M);
        Assert.Equal("Alien", Assert.Single(h.Platform.Of<PlaybackStarted>(), p => p.Session.Title == "Alien").Session.Title);
    }

    [Fact]
    public async Task BookingWaitingForASessionThatReachesItsRuntime_StartsThen()
    {
        var h = new CoordinatorHarness();
        await h.Say(Alice, "/watch start title:Heat in:3s runtime:5m");
        await h.Say(Bob, "/watch schedule title:Alien at:\"in 2m\"");
        h.Time.Advance(2 * M);
        Assert.Single(h.Platform.Of<ScheduledStartWaiting>());

        h.Time.Advance((3 * M) + (3 * S)); // Heat reaches 0:05:00

        Assert.Equal("Heat", Assert.Single(h.Platform.Of<SessionEnded>()).Session.Title);
        Assert.Single(h.Platform.Of<CountdownStarted>(), c => c.Session.Title == "Alien");
    }

    [Fact]
    public async Task BookingStillBlockedAfterTheGrace_IsGivenUp()
    {
        var h = new CoordinatorHarness(new SessionRulesOptions { LateStartGrace = TimeSpan.FromMinutes(10) });
        await h.Say(Alice, "/watch start title:Heat in:3s");
        await h.Say(Bob, "/watch schedule title:Alien at:\"in 2m\"");

        h.Time.Advance(M); // Alien's countdown would begin: it waits (one step per timer, see above)
        h.Time.Advance(10 * M);
        Assert.Empty(h.Platform.Of<ScheduledStartBlocked>());
        h.Time.Advance(M);

        var blocked = Assert.Single(h.Platform.Of<ScheduledStartBlocked>());
        Assert.Equal(EndReason.ChannelBusy, blocked.Session.EndReason);
        await h.Say(Alice, "/watch end");
        Assert.DoesNotContain(h.Platform.Of<CountdownStarted>(), c => c.Session.Title == "Alien");
    }

    [Fact]
    public async Task WaitingAcrossARestart_TheAdHocSessionEndedWhileDown_TheBookingStartsAtRecovery()
    {
        var h = new CoordinatorHarness();
        await h.Say(Alice, "/watch start title:Heat in:3s runtime:5m");
        await h.Say(Bob, "/watch schedule title:Alien at:\"in 2m\"");
        h.Time.Advance(2 * M);
        Assert.Single(h.Platform.Of<ScheduledStartWaiting>());
        foreach (var session in h.Store.All)
        {
            await h.Timers.DisarmAsync(session.Id, CancellationToken.None); // the process died with its timers
        }

        h.Time.Advance(10 * M);
        await h.Restart().RecoverAsync(CancellationToken.None);

        Assert.Equal("Heat", Assert.Single(h.Platform.Of<SessionEnded>()).Session.Title);
        var countdown = Assert.Single(h.Platform.Of<CountdownStarted>(), c => c.Session.Title == "Alien");
        h.Time.Advance(countdown.Target - h.Time.GetUtcNow());
        Assert.Single(h.Platform.Of<PlaybackStarted>(), p => p.Session.Title == "Alien");
    }

    [Fact]
    public async Task WaitingAcrossARestart_StillBlockedPastTheGrace_IsGivenUpAtRecovery()
    {
        var options = new SessionRulesOptions { LateStartGrace = TimeSpan.FromMinutes(10) };
        var h = new CoordinatorHarness(options);
        await h.Say(Alice, "/watch start title:Heat in:3s");
        await h.Say(Bob, "/watch schedule title:Alien at:\"in 2m\"");
        h.Time.Advance(2 * M);
        foreach (var session in h.Store.All)
        {
            await h.Timers.DisarmAsync(session.Id, CancellationToken.None);
        }

        h.Time.Advance(20 * M);
        await h.Restart(options).RecoverAsync(CancellationToken.None);

        Assert.Single(h.Platform.Of<ScheduledStartBlocked>());
        Assert.Equal("Heat", (await h.Live())!.Title);
    }
}
