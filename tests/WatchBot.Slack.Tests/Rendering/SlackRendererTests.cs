using System.Collections.Immutable;
using System.Text.Json.Nodes;
using WatchBot.Core.Notices;
using WatchBot.Core.Sessions;
using WatchBot.Slack.Rendering;

namespace WatchBot.Slack.Tests.Rendering;

public sealed class SlackRendererTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 20, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("<!channel>", "&lt;!channel&gt;")]
    [InlineData("<!here> <!everyone>", "&lt;!here&gt; &lt;!everyone&gt;")]
    [InlineData("<@U123> & <https://evil.example|click>", "&lt;@U123&gt; &amp; &lt;https\u2236//evil\u2024example|click&gt;")]
    [InlineData("Tom & Jerry \"quoted\" 'single'", "Tom &amp; Jerry \"quoted\" 'single'")]
    public void Escape_EncodesOnlyAmpersandAndAngleBrackets(string raw, string expected)
    {
        Assert.Equal(expected, SlackText.Escape(raw));
    }

    [Fact]
    public void Date_IsAClientRenderedTokenWithAUtcFallback()
    {
        Assert.Equal("<!date^1795377600^{time_secs}|2026-11-22 20:00:00 UTC>", SlackText.Date(Now));
    }

    [Fact]
    public void ATitleWithMentions_CannotPingFromAnyRenderedField()
    {
        var session = Session("<!channel> <!here> <@U999> <!subteam^S1>") with { Host = new UserRef("slack", "U1", "<!everyone>") };
        var rendering = SlackRenderer.Render(new CountdownStarted(session, Now.AddSeconds(10), TimeSpan.Zero, session.Host, false));
        var everything = rendering.SessionMessage!.Text + string.Concat(rendering.SessionMessage.Blocks!.ToJsonString(Unescaped));

        foreach (var ping in new[] { "<!channel>", "<!here>", "<!everyone>", "<@U999>", "<!subteam" })
        {
            Assert.DoesNotContain(ping, everything, StringComparison.Ordinal);
        }

        Assert.Contains("&lt;!channel&gt;", rendering.SessionMessage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Countdown_ShowsTheTargetAsADateToken_AndTheButtons()
    {
        var session = Session("The Matrix");
        var rendering = SlackRenderer.Render(new CountdownStarted(session, Now.AddSeconds(10), TimeSpan.Zero, null, false));
        var blocks = rendering.SessionMessage!.Blocks!;
        var actionIds = blocks.OfType<JsonObject>().Where(b => (string?)b["type"] == "actions")
            .SelectMany(b => b["elements"]!.AsArray()).Select(e => (string?)e!["action_id"]).ToList();

        Assert.Contains("<!date^1795377610^{time_secs}|", rendering.SessionMessage.Text, StringComparison.Ordinal);
        Assert.Contains(SlackActions.Ready, actionIds);
        Assert.Contains(SlackActions.Pause, actionIds);
        Assert.Equal(6, actionIds.Count(a => a == SlackActions.React));
        Assert.Null(rendering.Post);
    }

    [Fact]
    public void PausedSession_OffersResumeInsteadOfPause()
    {
        var session = Session("Alien") with { Phase = SessionPhase.Paused };
        var json = SlackRenderer.Render(new PlaybackPaused(session, TimeSpan.FromMinutes(5), session.Host)).SessionMessage!.Blocks!.ToJsonString();

        Assert.Contains(SlackActions.Resume, json, StringComparison.Ordinal);
        Assert.DoesNotContain(SlackActions.Pause, json, StringComparison.Ordinal);
    }

    [Fact]
    public void Go_IsANewMessage_AndEditsTheSessionMessage()
    {
        var session = Session("Alien") with { Phase = SessionPhase.Playing };
        var rendering = SlackRenderer.Render(new PlaybackStarted(session, TimeSpan.Zero));

        Assert.NotNull(rendering.SessionMessage);
        Assert.Contains("GO", rendering.Post!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void EndedSession_HasNoButtons()
    {
        var session = Session("Alien") with { Phase = SessionPhase.Ended };
        var recap = Recap.Of(session, Now);
        var blocks = SlackRenderer.Render(new SessionEnded(session, recap, session.Host)).SessionMessage!.Blocks!;

        Assert.DoesNotContain(blocks.OfType<JsonObject>(), b => (string?)b["type"] == "actions");
    }

    [Fact]
    public void ScheduledStartWaiting_IsANewMessage_NamingBoth_WithTheGiveUpTimeAsADateToken()
    {
        var waiting = Session("Alien") with { Phase = SessionPhase.Scheduled, WaitingSince = Now };
        var giveUp = Now.AddHours(3);

        var rendering = SlackRenderer.Render(new ScheduledStartWaiting(waiting, Session("<!channel> Heat"), giveUp));

        Assert.Contains("“Alien” is due, but “&lt;!channel&gt; Heat” is still running here", rendering.Post!.Text, StringComparison.Ordinal);
        Assert.Contains($"<!date^{giveUp.ToUnixTimeSeconds()}^", rendering.Post.Text, StringComparison.Ordinal);
        Assert.Same(waiting, rendering.Session);
        Assert.NotNull(rendering.SessionMessage);
    }

    [Fact]
    public void Status_ShowsAWaitingBookingAsWaiting()
    {
        var waiting = Session("Alien") with { Phase = SessionPhase.Scheduled, ScheduledFor = Now, WaitingSince = Now };

        var line = SlackRenderer.Line(new StatusReport(Session("Heat") with { Phase = SessionPhase.Playing }, TimeSpan.Zero, [waiting], Now));

        Assert.Contains("Next: “Alien”, due <!date^", line, StringComparison.Ordinal);
        Assert.Contains("starts when this channel is free", line, StringComparison.Ordinal);
    }

    [Fact]
    public void ReactionNotes_AreEscaped()
    {
        var reaction = new Reaction(1, "😂", "<!channel> look", TimeSpan.FromSeconds(62), new UserRef("slack", "U1", "bob"), Now);

        Assert.Equal("😂 at 0:01:02 — bob: “&lt;!channel&gt; look”", SlackRenderer.Reactions([reaction]).Text);
    }

    [Fact]
    public void AlreadySo_OnAScheduledSession_ShowsItsStart_NotAPosition()
    {
        var scheduled = Session("Alien") with { Phase = SessionPhase.Scheduled, ScheduledFor = Now.AddHours(1) };

        var line = SlackRenderer.Line(new AlreadySo(scheduled, TimeSpan.Zero, "you are already marked ready"));

        Assert.Contains($"<!date^{Now.AddHours(1).ToUnixTimeSeconds()}^", line, StringComparison.Ordinal);
        Assert.DoesNotContain("0:00:00", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3 * 3600, "3:00:00 is past the end")]
    [InlineData(-60, "before the start")]
    public void Seek_ThatWasClamped_SaysSo(int requestedSeconds, string expected)
    {
        var session = Session("Alien") with { Phase = SessionPhase.Playing };
        var notice = new PlaybackSeeked(session, TimeSpan.Zero, TimeSpan.FromMinutes(9), session.Host) { Requested = TimeSpan.FromSeconds(requestedSeconds) };

        Assert.Contains(expected, SlackRenderer.Line(notice), StringComparison.Ordinal);
        Assert.DoesNotContain("past the end", SlackRenderer.Line(notice with { Requested = null }), StringComparison.Ordinal);
    }

    [Fact]
    public void ReactionTooSoon_SaysSlowDownAndWhenToReactAgain()
    {
        var line = SlackRenderer.Line(new ReactionTooSoon(TimeSpan.FromSeconds(1), Now.AddSeconds(1), TimeSpan.FromSeconds(2)));

        Assert.Equal("Slow down — one reaction every 2s each. You can react again in 1s.", line);
    }

    [Fact]
    public void PlayingSession_OffersPauseButNotReady()
    {
        var session = Session("Alien") with { Phase = SessionPhase.Playing };
        var json = SlackRenderer.Render(new PlaybackStarted(session, TimeSpan.Zero)).SessionMessage!.Blocks!.ToJsonString();

        Assert.Contains(SlackActions.Pause, json, StringComparison.Ordinal);
        Assert.DoesNotContain(SlackActions.Ready, json, StringComparison.Ordinal);
    }

    // Relaxed so that '<' stays '<' in the serialized blocks and a search for a ping is meaningful.
    private static readonly System.Text.Json.JsonSerializerOptions Unescaped = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static WatchSession Session(string title) => new()
    {
        Id = new SessionId("abc123def456"),
        Channel = new ChannelAddress("slack", "T1", "C1"),
        Title = title,
        Host = new UserRef("slack", "U1", "alice"),
        Phase = SessionPhase.CountingDown,
        Clock = MediaClock.Stopped(Now, null),
        CreatedAt = Now,
        Participants = ImmutableList.Create(new UserRef("slack", "U1", "alice")),
    };
}
