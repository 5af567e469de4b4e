using System.Collections.Immutable;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WatchBot.Core.Features.Sessions.Views;
using WatchBot.Core.Notices;
using WatchBot.Core.Sessions;
using WatchBot.Emulators.Slack;
using WatchBot.Slack.Api;
using WatchBot.Slack.Publishing;
using WatchBot.Slack.Tests.Support;
using WatchBot.Testing;

namespace WatchBot.Slack.Tests.Publishing;

/// <summary>The background sender against the emulator: edits in place, the scheduled GO posted exactly once.</summary>
// Disposed in DisposeAsync (xunit's IAsyncLifetime), which CA1001 does not see.
#pragma warning disable CA1001
public sealed class SlackSenderTests : IAsyncLifetime
#pragma warning restore CA1001
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 20, 0, 0, TimeSpan.Zero);
    private static readonly ChannelAddress Channel = new("slack", "T1", "C1");

    // The sender's own clock (its reaction window) moves only when a test says so.
    private readonly FakeTimeProvider _clock = new(TestTime.Start);
    private readonly SlackOutbox _outbox = new();
    private readonly MemoryPlatformLinks _links = new();
    private SlackApiEmulator _slack = null!;
    private SlackWebApiClient _api = null!;
    private SlackSender _sender = null!;

    public async Task InitializeAsync()
    {
        _slack = await SlackApiEmulator.StartAsync();
        var options = Options.Create(new SlackOptions { BotToken = "xoxb-test", ApiBaseUrl = _slack.ApiBaseUrl.ToString(), PostBurst = 20, ReactionBatchWindow = TimeSpan.FromMilliseconds(100) });
        _slack.PostBurst = 20;
        _api = new SlackWebApiClient(options, TimeProvider.System, NullLogger<SlackWebApiClient>.Instance);
        _sender = new SlackSender(_outbox, _api, _links, new ResponseUrlBook(_clock), options, _clock, NullLogger<SlackSender>.Instance);
        await _sender.StartAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _sender.StopAsync(CancellationToken.None);
        _sender.Dispose();
        _api.Dispose();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task SessionMessage_IsPostedOnce_ThenEditedInPlace()
    {
        var session = Session(SessionPhase.CountingDown);
        Publish(new CountdownStarted(session, Now.AddSeconds(10), TimeSpan.Zero, session.Host, false));
        Publish(new ReadyMarked(session, new UserRef("slack", "U2", "bob"), 1));
        Publish(new PlaybackPaused(session with { Phase = SessionPhase.Paused }, TimeSpan.Zero, session.Host));

        var calls = await _slack.WaitForAsync(c => c.Count(x => x.Method == "chat.update") == 2);

        // Every edit must name the message the post created: the ts Slack answered, not one we made up.
        var post = Assert.Single(calls, c => c.Method == "chat.postMessage" && c.Body["blocks"] is not null);
        var postedTs = (string?)post.Answer?["ts"];
        Assert.False(string.IsNullOrEmpty(postedTs));
        Assert.All(calls.Where(c => c.Method == "chat.update"), u => Assert.Equal(postedTs, (string?)u.Body["ts"]));
        Assert.Equal(postedTs, await _links.GetAsync("slack", SlackSender.MessageKey(SessionCard.Key(session.Id)), CancellationToken.None));
    }

    [Fact]
    public async Task ScheduledGo_DeletedInTime_IsPostedByUsOnce()
    {
        var session = Session(SessionPhase.Scheduled) with { ScheduledFor = Now.AddHours(1) };
        Publish(new SessionScheduled(session, Now.AddHours(1), session.Host));
        await _slack.WaitForAsync(c => c.Any(x => x.Method == "chat.scheduleMessage"));
        Publish(new PlaybackStarted(session with { Phase = SessionPhase.Playing }, TimeSpan.Zero));

        var calls = await _slack.WaitForAsync(c => c.Any(x => x.Method == "chat.postMessage" && x.Text!.Contains("GO!", StringComparison.Ordinal)));

        Assert.True(Assert.Single(calls, c => c.Method == "chat.deleteScheduledMessage").Ok);
        Assert.Empty(_slack.Scheduled);
        Assert.Single(calls, c => c.Text?.Contains("GO!", StringComparison.Ordinal) == true && c.Method != "chat.scheduleMessage");
    }

    [Fact]
    public async Task ScheduledGo_AlreadyPostedBySlack_IsNotPostedAgain()
    {
        var session = Session(SessionPhase.Scheduled) with { ScheduledFor = Now.AddHours(1) };
        Publish(new SessionScheduled(session, Now.AddHours(1), session.Host));
        await _slack.WaitForAsync(c => c.Any(x => x.Method == "chat.scheduleMessage"));
        Assert.True(_slack.PostScheduledNow(_slack.Scheduled.Keys.Single()));

        Publish(new PlaybackStarted(session with { Phase = SessionPhase.Playing }, TimeSpan.Zero));
        Publish(new PlaybackPaused(session with { Phase = SessionPhase.Paused }, TimeSpan.FromSeconds(5), session.Host));
        var calls = await _slack.WaitForAsync(c => c.Any(x => x.Text?.Contains("Paused", StringComparison.Ordinal) == true));

        Assert.False(Assert.Single(calls, c => c.Method == "chat.deleteScheduledMessage").Ok);
        Assert.Single(calls, c => c.Text?.Contains("GO!", StringComparison.Ordinal) == true && c.Method != "chat.scheduleMessage");
    }

    [Fact]
    public async Task EndingAScheduledSession_DeletesItsQueuedGo()
    {
        var session = Session(SessionPhase.Scheduled) with { ScheduledFor = Now.AddHours(1) };
        Publish(new SessionScheduled(session, Now.AddHours(1), session.Host));
        var ended = session with { Phase = SessionPhase.Ended };
        Publish(new SessionMissed(ended, Now.AddHours(1)));

        // The "missed" line is sent after the deletion and the forgetting of the id.
        var calls = await _slack.WaitForAsync(c => c.Any(x => x.Method == "chat.postMessage" && x.Text!.Contains("missed", StringComparison.Ordinal)));

        Assert.True(Assert.Single(calls, c => c.Method == "chat.deleteScheduledMessage").Ok);

        Assert.Empty(_slack.Scheduled);
        Assert.Null(await _links.GetAsync("slack", SlackSender.ScheduledGoKey(SessionAnnouncements.GoKey(session.Id)), CancellationToken.None));
    }

    [Fact]
    public async Task ABookingThatWaitsForTheChannel_DeletesItsQueuedGo_AndPostsItsOwnWhenItStarts()
    {
        var session = Session(SessionPhase.Scheduled) with { ScheduledFor = Now.AddHours(1) };
        Publish(new SessionScheduled(session, Now.AddHours(1), session.Host));
        var waiting = session with { WaitingSince = Now.AddHours(1) };
        Publish(new ScheduledStartWaiting(waiting, Session(SessionPhase.Playing) with { Id = new SessionId("other0000001"), Title = "Heat" }, Now.AddHours(4)));
        await _slack.WaitForAsync(c => c.Any(x => x.Method == "chat.postMessage" && x.Text!.Contains("is still running here", StringComparison.Ordinal)));

        Assert.Empty(_slack.Scheduled); // Slack must not post a GO at the booked time: the start moved
        Publish(new PlaybackStarted(waiting with { Phase = SessionPhase.Playing }, TimeSpan.Zero));
        var calls = await _slack.WaitForAsync(c => c.Any(x => x.Method == "chat.postMessage" && x.Text!.Contains("GO!", StringComparison.Ordinal)));

        Assert.True(Assert.Single(calls, c => c.Method == "chat.deleteScheduledMessage").Ok);
        Assert.Single(calls, c => c.Text?.Contains("GO!", StringComparison.Ordinal) == true && c.Method != "chat.scheduleMessage");
    }

    [Fact]
    public async Task Reactions_AreBatchedIntoOneMessage()
    {
        var session = Session(SessionPhase.Playing);
        for (var i = 1; i <= 4; i++)
        {
            Publish(new ReactionAdded(session, new Reaction(i, "🔥", null, TimeSpan.FromSeconds(i), new UserRef("slack", "U" + i, "user" + i), Now)));
        }

        // The sender takes its items in order and sends nothing of the reactions while the window is
        // open: once the ephemeral note queued after them reaches Slack, all four are in the batch.
        // (A notice would not do: it sends the waiting reactions ahead of itself.)
        _outbox.Enqueue(new EphemeralItem(Channel, "U9", "noted"));
        await _slack.WaitForAsync(c => c.Any(x => x.Method == "chat.postEphemeral"));
        Assert.DoesNotContain(_slack.Calls, c => c.Text?.Contains("🔥", StringComparison.Ordinal) == true);
        _clock.Advance(TimeSpan.FromMilliseconds(100));

        var calls = await _slack.WaitForAsync(c => c.Any(x => x.Text?.Contains("🔥", StringComparison.Ordinal) == true));

        var batch = Assert.Single(calls, c => c.Text?.Contains("🔥", StringComparison.Ordinal) == true);
        Assert.Equal(4, batch.Text!.Split('\n').Length);
    }

    private void Publish(Notice notice) => _outbox.Enqueue(new ViewItem(Channel, notice.ToChannel()));

    private static WatchSession Session(SessionPhase phase) => new()
    {
        Id = new SessionId("s" + Guid.NewGuid().ToString("N")[..11]),
        Channel = Channel,
        Title = "Alien",
        Host = new UserRef("slack", "U1", "alice"),
        Phase = phase,
        Clock = MediaClock.Stopped(Now, null),
        CreatedAt = Now,
        Participants = ImmutableList.Create(new UserRef("slack", "U1", "alice")),
    };
}
