using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Tests.Sessions;
using static WatchBot.Engine.Tests.Sessions.CoordinatorHarness;

namespace WatchBot.Engine.Tests.Outbox;

/// <summary>Announcements the platform did not take stay in the outbox and go out later: in order per channel, once.</summary>
public sealed class OutboxRelayTests
{
    private static readonly ChannelAddress Other = new("test", "guild-1", "channel-2");

    [Fact]
    public async Task PendingAnnouncements_GoOutAfterRestartInOrderPerChannel_AndOnlyOnce()
    {
        var h = new CoordinatorHarness();
        h.Platform.FailAll = true;
        await h.Say(Alice, "/watch start in:30s");
        await h.Coordinator.HandleTextAsync(Other, Bob, "/watch start in:30s", CancellationToken.None);
        await h.Say(Bob, "/watch ready");
        Assert.Empty(h.Platform.Said);
        Assert.Equal(3, (await h.Store.ListPendingOutboxAsync(10, CancellationToken.None)).Count);

        h.Platform.FailAll = false;
        await h.Restart().RecoverAsync(CancellationToken.None);
        await h.Restart().RecoverAsync(CancellationToken.None); // a second start-up finds nothing left to send

        Assert.Equal([typeof(CountdownStarted), typeof(ReadyMarked)], KindsIn(h, Channel));
        Assert.Equal([typeof(CountdownStarted)], KindsIn(h, Other));
        Assert.All(h.Store.Outbox, o => Assert.NotNull(o.SentAt));
    }

    [Fact]
    public async Task AFailedSend_HoldsBackItsChannelsLaterAnnouncements_ThenSendsThemFirst()
    {
        var h = new CoordinatorHarness();
        h.Platform.FailAll = true;
        await h.Say(Alice, "/watch start in:30s");
        h.Platform.FailAll = false;

        // The channel has a backlog: the ready notice waits behind the countdown, which goes out first.
        await h.Say(Bob, "/watch ready");

        Assert.Equal([typeof(CountdownStarted), typeof(ReadyMarked)], KindsIn(h, Channel));
        Assert.Empty(await h.Store.ListPendingOutboxAsync(10, CancellationToken.None));
    }

    [Fact]
    public async Task AnAnnouncementThePlatformKeepsRefusing_IsGivenUpSoTheChannelIsNotSilenced()
    {
        var h = new CoordinatorHarness();
        h.Platform.FailAll = true;
        await h.Say(Alice, "/watch start in:30s");
        await h.Say(Bob, "/watch ready");
        await h.Say(Carol, "/watch ready");
        h.Platform.FailAll = false;

        await h.Restart().RecoverAsync(CancellationToken.None);

        // The countdown failed three times (its command, and each ready after it) and was given up; the rest went out in order.
        Assert.Equal([typeof(ReadyMarked), typeof(ReadyMarked)], KindsIn(h, Channel));
        Assert.Empty(await h.Store.ListPendingOutboxAsync(10, CancellationToken.None));
    }

    [Fact]
    public async Task AGoThatBecameLateWhileDown_IsSentAsStartedAgo()
    {
        var h = new CoordinatorHarness();
        await h.Say(Alice, "/watch start in:3s");
        var target = Assert.Single(h.Platform.Of<CountdownStarted>()).Target;

        // GO is committed when the timer fires, but the process dies before the platform takes it.
        h.Platform.FailAll = true;
        h.Time.Advance(target - h.Time.GetUtcNow());
        Assert.Equal(SessionPhase.Playing, (await h.Live())!.Phase);
        Assert.Empty(h.Platform.Of<PlaybackStarted>());

        h.Time.Advance(TimeSpan.FromMinutes(2));
        h.Platform.FailAll = false;
        await h.Restart().RecoverAsync(CancellationToken.None);

        var late = Assert.Single(h.Platform.Of<LateStart>());
        Assert.Equal(TimeSpan.FromMinutes(2), late.Late);
        Assert.Equal(TimeSpan.FromMinutes(2), late.Position);
        Assert.Empty(h.Platform.Of<PlaybackStarted>());
    }

    [Fact]
    public async Task AGoSentAfterARestartWithinTheTolerance_StaysAGo()
    {
        var h = new CoordinatorHarness();
        await h.Say(Alice, "/watch start in:3s");
        var target = Assert.Single(h.Platform.Of<CountdownStarted>()).Target;
        h.Platform.FailAll = true;
        h.Time.Advance(target - h.Time.GetUtcNow());

        h.Time.Advance(TimeSpan.FromSeconds(2));
        h.Platform.FailAll = false;
        await h.Restart().RecoverAsync(CancellationToken.None);

        Assert.Single(h.Platform.Of<PlaybackStarted>());
        Assert.Empty(h.Platform.Of<LateStart>());
    }

    private static List<Type> KindsIn(CoordinatorHarness h, ChannelAddress channel) =>
        [.. h.Platform.Said.Where(s => s.Channel == channel).Select(s => s.Notice.GetType())];
}
