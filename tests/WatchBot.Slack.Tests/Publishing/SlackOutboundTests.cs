using System.Collections.Immutable;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.Views;
using WatchBot.Core.Kernel;
using WatchBot.Core.Views;
using WatchBot.Emulators.Slack;
using WatchBot.Platform.Outbound;
using WatchBot.Slack.Api;
using WatchBot.Slack.Publishing;
using WatchBot.Testing;

namespace WatchBot.Slack.Tests.Publishing;

/// <summary>
/// Slack's outbound on the platform kit against the emulator: the card edited in place, the
/// scheduled GO posted exactly once, a withdrawn one deleted, reactions batched, the invite note.
/// </summary>
// Disposed in DisposeAsync (xunit's IAsyncLifetime), which CA1001 does not see.
#pragma warning disable CA1001
public sealed class SlackOutboundTests : IAsyncLifetime
#pragma warning restore CA1001
{
    private static readonly ChannelAddress Channel = new("slack", "T1", "C1");
    private static readonly TimeSpan Window = TimeSpan.FromMilliseconds(100);
    private static readonly Announcement Go = Say("▶ *GO!* Alien") with { Key = "go:s1" };

    // The kit's own clock (batch windows, "has this instant passed") moves only when a test says so.
    private readonly FakeTimeProvider _clock = new(TestTime.Start);
    private readonly MemoryPlatformLinks _links = new();
    private SlackApiEmulator _slack = null!;
    private SlackWebApiClient _api = null!;
    private ResponseUrlBook _responseUrls = null!;
    private SlackCannotPostNote _note = null!;
    private ViewPublisher _publisher = null!;

    public async Task InitializeAsync()
    {
        _slack = await SlackApiEmulator.StartAsync();
        _slack.PostBurst = 20;
        var options = new SlackOptions { BotToken = "xoxb-test", ApiBaseUrl = _slack.ApiBaseUrl.ToString(), PostBurst = 20 };
        _api = new SlackWebApiClient(Options.Create(options), TimeProvider.System, NullLogger<SlackWebApiClient>.Instance);
        _responseUrls = new ResponseUrlBook(_clock);
        _note = new SlackCannotPostNote(NullLogger<SlackCannotPostNote>.Instance);
        var messenger = new SlackMessenger(_api);
        _publisher = new ViewPublisher(
            messenger, _links, _clock, new KitOptions { BatchWindow = Window }, NullLogger<ViewPublisher>.Instance, messenger, _note, _responseUrls);
    }

    public async Task DisposeAsync()
    {
        await _publisher.DisposeAsync();
        _note.Dispose();
        _api.Dispose();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task Card_IsPostedOnce_ThenEditedInPlace()
    {
        foreach (var state in new[] { "⏳ counting down", "✋ 1 ready", "⏸ paused" })
        {
            await PublishAsync(new ChannelView { Card = Card(state) });
            await IdleAsync();
        }

        // Every edit names the message the post created: the ts Slack answered, not one we made up.
        var post = Assert.Single(_slack.CallsOf("chat.postMessage"));
        var postedTs = (string?)post.Answer?["ts"];
        Assert.False(string.IsNullOrEmpty(postedTs));
        Assert.Equal(2, _slack.CallsOf("chat.update").Count(u => (string?)u.Body["ts"] == postedTs));
        Assert.Equal(postedTs, await _links.GetAsync("slack", "card:session:s1", CancellationToken.None));
    }

    [Fact]
    public async Task ScheduledGo_DeletedInTime_IsPostedByUsOnce()
    {
        await PublishAsync(Booking());
        await IdleAsync();
        Assert.Single(_slack.Scheduled);

        await PublishAsync(new ChannelView { Announcements = [Go] });
        await IdleAsync();

        Assert.True(Assert.Single(_slack.CallsOf("chat.deleteScheduledMessage")).Ok);
        Assert.Empty(_slack.Scheduled);
        Assert.Single(_slack.CallsOf("chat.postMessage"), c => c.Text!.Contains("GO!", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ScheduledGo_AlreadyPostedBySlack_IsNotPostedAgain()
    {
        await PublishAsync(Booking());
        await IdleAsync();
        Assert.True(_slack.PostScheduledNow(_slack.Scheduled.Keys.Single()));

        await PublishAsync(new ChannelView { Announcements = [Go] });
        await PublishAsync(new ChannelView { Announcements = [Say("⏸ Paused")] });
        await IdleAsync();

        Assert.False(Assert.Single(_slack.CallsOf("chat.deleteScheduledMessage")).Ok);
        Assert.Single(_slack.Calls, c => c.Text?.Contains("GO!", StringComparison.Ordinal) == true && c.Method != "chat.scheduleMessage");
        Assert.Contains(_slack.CallsOf("chat.postMessage"), c => c.Text == "⏸ Paused");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ALateStart_WithdrawsTheArrangedGo_AndIsPostedOnce_NeverTakenForIt(bool slackPostedTheGo)
    {
        var at = TestTime.Start.AddHours(1);
        var booked = Session(SessionPhase.Scheduled) with { ScheduledFor = at };
        await PublishAsync(new SessionScheduled(booked, at, booked.Host).ToChannel());
        await IdleAsync();
        Assert.True(!slackPostedTheGo || _slack.PostScheduledNow(_slack.Scheduled.Keys.Single()));

        // Its key starts like a GO's but is its own: it claims nothing, and is posted whatever became of the arranged copy.
        var playing = booked with { Phase = SessionPhase.Playing, StartedAt = at };
        await PublishAsync(new LateStart(playing, TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(8)).ToChannel());
        await IdleAsync();

        Assert.Equal(!slackPostedTheGo, Assert.Single(_slack.CallsOf("chat.deleteScheduledMessage")).Ok);
        Assert.Empty(_slack.Scheduled);
        Assert.Single(_slack.CallsOf("chat.postMessage"), c => c.Text!.Contains("started 8s ago", StringComparison.Ordinal));
        Assert.DoesNotContain(_slack.CallsOf("chat.postMessage"), c => c.Text!.Contains("GO!", StringComparison.Ordinal));
        Assert.Null(await _links.GetAsync("slack", "ahead:" + SessionAnnouncements.GoKey(booked.Id), CancellationToken.None));
    }

    [Fact]
    public async Task WithdrawnGo_IsDeleted_AndALaterGoIsOurs()
    {
        await PublishAsync(Booking());
        await IdleAsync();
        await PublishAsync(new ChannelView { Withdraw = ["go:s1"], Announcements = [Say("⏳ Alien waits for the channel")] });
        await IdleAsync();
        Assert.Empty(_slack.Scheduled);
        Assert.Null(await _links.GetAsync("slack", "ahead:go:s1", CancellationToken.None));

        await PublishAsync(new ChannelView { Announcements = [Go] });
        await IdleAsync();

        Assert.Single(_slack.CallsOf("chat.deleteScheduledMessage"));
        Assert.Single(_slack.CallsOf("chat.postMessage"), c => c.Text!.Contains("GO!", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reactions_AreBatchedIntoOneMessage()
    {
        for (var i = 1; i <= 4; i++)
        {
            await PublishAsync(new ChannelView { Announcements = [Say($"🔥 at 0:00:0{i} — user{i}") with { BatchKey = "reactions" }] });
        }

        Assert.Empty(_slack.Calls);
        _clock.Advance(Window);
        await IdleAsync();

        var batch = Assert.Single(_slack.CallsOf("chat.postMessage"));
        Assert.Equal(4, batch.Text!.Split('\n').Length);
    }

    [Fact]
    public async Task NotInChannel_TellsWhoCausedItThroughTheirResponseUrl_Once()
    {
        var channel = Channel with { ChannelId = "C9" };
        _slack.FailChannel("C9", "not_in_channel");
        _responseUrls.Remember(channel, _slack.ResponseUrl("cmd-1").ToString());

        await _publisher.PublishAsync(channel, new ChannelView { Announcements = [Say("⏳ Alien starts soon")], Card = Card("⏳ counting down") }, CancellationToken.None);
        await IdleAsync();

        var note = Assert.Single(_slack.ResponseUrlPosts);
        Assert.Equal("ephemeral", (string?)note["response_type"]);
        Assert.Contains("/invite @WatchBot", (string?)note["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task EndingAScheduledSession_DeletesItsQueuedGo()
    {
        var session = Session(SessionPhase.Scheduled) with { ScheduledFor = TestTime.Start.AddHours(1) };
        await PublishAsync(new SessionScheduled(session, TestTime.Start.AddHours(1), session.Host).ToChannel());
        await IdleAsync();
        await PublishAsync(new SessionMissed(session with { Phase = SessionPhase.Ended }, TestTime.Start.AddHours(1)).ToChannel());
        await IdleAsync();

        Assert.True(Assert.Single(_slack.CallsOf("chat.deleteScheduledMessage")).Ok);
        Assert.Empty(_slack.Scheduled);
        Assert.Contains(_slack.CallsOf("chat.postMessage"), c => c.Text!.Contains("missed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ABookingThatWaitsForTheChannel_DeletesItsQueuedGo_AndPostsItsOwnWhenItStarts()
    {
        var session = Session(SessionPhase.Scheduled) with { ScheduledFor = TestTime.Start.AddHours(1) };
        await PublishAsync(new SessionScheduled(session, TestTime.Start.AddHours(1), session.Host).ToChannel());
        await IdleAsync();
        var waiting = session with { WaitingSince = TestTime.Start.AddHours(1) };
        var blocking = Session(SessionPhase.Playing) with { Id = new SessionId("other0000001"), Title = "Heat" };
        await PublishAsync(new ScheduledStartWaiting(waiting, blocking, TestTime.Start.AddHours(4)).ToChannel());
        await IdleAsync();

        Assert.Empty(_slack.Scheduled); // Slack must not post a GO at the booked time: the start moved
        await PublishAsync(new PlaybackStarted(waiting with { Phase = SessionPhase.Playing }, TimeSpan.Zero).ToChannel());
        await IdleAsync();

        Assert.True(Assert.Single(_slack.CallsOf("chat.deleteScheduledMessage")).Ok);
        Assert.Single(_slack.Calls, c => c.Text?.Contains("GO!", StringComparison.Ordinal) == true && c.Method != "chat.scheduleMessage");
    }

    private static WatchSession Session(SessionPhase phase) => new()
    {
        Id = new SessionId("s" + Guid.NewGuid().ToString("N")[..11]),
        Channel = Channel,
        Title = "Alien",
        Host = new UserRef("slack", "U1", "alice"),
        Phase = phase,
        Clock = MediaClock.Stopped(TestTime.Start, null),
        CreatedAt = TestTime.Start,
        Participants = ImmutableList.Create(new UserRef("slack", "U1", "alice")),
    };

    private static Announcement Say(string text) => new(ViewLine.Of(new TextPart(text)));

    private static Card Card(string text) => new("session:s1", [ViewLine.Of(new TextPart(text))], []);

    private static ChannelView Booking() => new()
    {
        Card = Card("📅 Alien is scheduled"),
        Ahead = new AnnouncementAhead(TestTime.Start.AddHours(1), Go),
    };

    private Task PublishAsync(ChannelView view) => _publisher.PublishAsync(Channel, view, null, CancellationToken.None);

    private Task IdleAsync() => _publisher.WaitIdleAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(20), TimeProvider.System);
}
