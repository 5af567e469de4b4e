using System.Collections.Immutable;
using System.Text.Json.Nodes;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Slack.Api;
using WatchBot.Slack.Rendering;

namespace WatchBot.Slack.Tests.Rendering;

/// <summary>Every notice's views (Core) as Slack draws them (<see cref="SlackMarkup"/>).</summary>
public sealed class SlackNoticeDrawingTests
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
        var card = CardOf(new CountdownStarted(session, Now.AddSeconds(10), TimeSpan.Zero, session.Host, false));
        var everything = card.Text + string.Concat(card.Blocks!.ToJsonString(Unescaped));

        foreach (var ping in new[] { "<!channel>", "<!here>", "<!everyone>", "<@U999>", "<!subteam" })
        {
            Assert.DoesNotContain(ping, everything, StringComparison.Ordinal);
        }

        Assert.Contains("&lt;!channel&gt;", card.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Countdown_ShowsTheTargetAsADateToken_AndTheButtons()
    {
        var session = Session("The Matrix") with { CountdownTarget = Now.AddSeconds(10) };
        var notice = new CountdownStarted(session, Now.AddSeconds(10), TimeSpan.Zero, null, false);
        var card = CardOf(notice);
        var blocks = card.Blocks!;
        var actionIds = blocks.OfType<JsonObject>().Where(b => (string?)b["type"] == "actions")
            .SelectMany(b => b["elements"]!.AsArray()).Select(e => (string?)e!["action_id"]).ToList();

        Assert.Contains("<!date^1795377610^{time_secs}|", card.Text, StringComparison.Ordinal);
        Assert.Contains($"watch:ready:{session.Id}", actionIds);
        Assert.Contains($"watch:pause:{session.Id}", actionIds);
        Assert.Equal(6, actionIds.Count(a => a!.StartsWith("watch:react:", StringComparison.Ordinal)));
        Assert.Empty(notice.ToChannel().Announcements);
    }

    [Fact]
    public void PausedSession_OffersResumeInsteadOfPause()
    {
        var session = Session("Alien") with { Phase = SessionPhase.Paused };
        var json = CardOf(new PlaybackPaused(session, TimeSpan.FromMinutes(5), session.Host)).Blocks!.ToJsonString();

        Assert.Contains("watch:resume:", json, StringComparison.Ordinal);
        Assert.DoesNotContain("watch:pause:", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Go_IsANewMessage_AndEditsTheSessionMessage()
    {
        var session = Session("Alien") with { Phase = SessionPhase.Playing };
        var notice = new PlaybackStarted(session, TimeSpan.Zero);

        Assert.NotNull(CardOf(notice));
        Assert.Contains("*GO!*", PostOf(notice), StringComparison.Ordinal);
    }

    [Fact]
    public void EndedSession_HasNoButtons()
    {
        var session = Session("Alien") with { Phase = SessionPhase.Ended };
        var recap = Recap.Of(session, Now);
        var blocks = CardOf(new SessionEnded(session, recap, session.Host)).Blocks!;

        Assert.DoesNotContain(blocks.OfType<JsonObject>(), b => (string?)b["type"] == "actions");
    }

    [Fact]
    public void ScheduledStartWaiting_IsANewMessage_NamingBoth_WithTheGiveUpTimeAsADateToken()
    {
        var waiting = Session("Alien") with { Phase = SessionPhase.Scheduled, WaitingSince = Now };
        var giveUp = Now.AddHours(3);

        var notice = new ScheduledStartWaiting(waiting, Session("<!channel> Heat"), giveUp);
        var post = PostOf(notice);

        Assert.Contains("“Alien” is due, but “&lt;!channel&gt; Heat” is still running here", post, StringComparison.Ordinal);
        Assert.Contains($"<!date^{giveUp.ToUnixTimeSeconds()}^", post, StringComparison.Ordinal);
        Assert.NotNull(CardOf(notice));
    }

    [Fact]
    public void Status_ShowsAWaitingBookingAsWaiting()
    {
        var waiting = Session("Alien") with { Phase = SessionPhase.Scheduled, ScheduledFor = Now, WaitingSince = Now };

        var line = ReplyOf(new StatusReport(Session("Heat") with { Phase = SessionPhase.Playing }, TimeSpan.Zero, [waiting], Now));

        Assert.Contains("Next: “Alien”, due at <!date^", line, StringComparison.Ordinal);
        Assert.Contains("starts when this channel is free", line, StringComparison.Ordinal);
    }

    [Fact]
    public void ReactionNotes_AreEscaped()
    {
        var reaction = new Reaction(1, "😂", "<!channel> look", TimeSpan.FromSeconds(62), new UserRef("slack", "U1", "bob"), Now);

        Assert.Equal("😂 at 0:01:02 — bob: &lt;!channel&gt; look", PostOf(new ReactionAdded(Session("Alien"), reaction)));
    }

    [Fact]
    public void AlreadySo_OnAScheduledSession_ShowsItsStart_NotAPosition()
    {
        var scheduled = Session("Alien") with { Phase = SessionPhase.Scheduled, ScheduledFor = Now.AddHours(1) };

        var line = ReplyOf(new AlreadySo(scheduled, TimeSpan.Zero, "you are already marked ready"));

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

        Assert.Contains(expected, PostOf(notice), StringComparison.Ordinal);
        Assert.DoesNotContain("past the end", PostOf(notice with { Requested = null }), StringComparison.Ordinal);
    }

    [Fact]
    public void ReactionTooSoon_SaysSlowDownAndWhenToReactAgain()
    {
        var line = ReplyOf(new ReactionTooSoon(TimeSpan.FromSeconds(1), Now.AddSeconds(1), TimeSpan.FromSeconds(2)));

        Assert.Equal("Slow down — one reaction every 2s each. You can react again in 1s.", line);
    }

    [Fact]
    public void PlayingSession_OffersPauseButNotReady()
    {
        var session = Session("Alien") with { Phase = SessionPhase.Playing };
        var json = CardOf(new PlaybackStarted(session, TimeSpan.Zero)).Blocks!.ToJsonString();

        Assert.Contains("watch:pause:", json, StringComparison.Ordinal);
        Assert.DoesNotContain("watch:ready:", json, StringComparison.Ordinal);
    }

    // Relaxed so that '<' stays '<' in the serialized blocks and a search for a ping is meaningful.
    private static readonly System.Text.Json.JsonSerializerOptions Unescaped = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static SlackMessage CardOf(Notice notice) => SlackMarkup.Card(notice.ToChannel().Card!);

    private static string PostOf(Notice notice) => SlackMarkup.Draw(notice.ToChannel().Announcements.SelectMany(a => a.Lines));

    private static string ReplyOf(Notice notice) => SlackMarkup.Reply(notice.ToReply()!);

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
