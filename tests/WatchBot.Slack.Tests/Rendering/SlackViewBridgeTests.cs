using System.Text.Json.Nodes;
using WatchBot.Core.Notices;
using WatchBot.Core.Sessions;
using WatchBot.Slack.Rendering;

namespace WatchBot.Slack.Tests.Rendering;

/// <summary>
/// The channel path's drawing of views (until Slack's own markup replaces it): a card's actions map to
/// the <c>action_id</c>s and values Slack's inbound reads, instants are date tokens, user text escaped.
/// </summary>
public sealed class SlackViewBridgeTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 20, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(SessionPhase.Scheduled, new[] { "watch_ready" })]
    [InlineData(SessionPhase.CountingDown, new[] { "watch_ready", "watch_pause", "watch_react", "watch_react", "watch_react", "watch_react", "watch_react", "watch_react" })]
    [InlineData(SessionPhase.Playing, new[] { "watch_pause", "watch_react", "watch_react", "watch_react", "watch_react", "watch_react", "watch_react" })]
    [InlineData(SessionPhase.Paused, new[] { "watch_ready", "watch_resume", "watch_react", "watch_react", "watch_react", "watch_react", "watch_react", "watch_react" })]
    [InlineData(SessionPhase.Ended, new string[0])]
    public void CardButtons_FitThePhase_AndCarryWhatInboundReads(SessionPhase phase, string[] actionIds)
    {
        var session = Session(phase);
        var message = SlackViewBridge.Card(new ReadyMarked(session, session.Host, 0).ToChannel().Card!);

        var buttons = message.Blocks!.Where(b => (string?)b!["type"] == "actions").SelectMany(b => b!["elements"]!.AsArray()).ToList();
        Assert.Equal(actionIds, buttons.Select(b => (string?)b!["action_id"]));
        Assert.All(buttons.Where(b => (string?)b!["action_id"] != SlackActions.React), b => Assert.Equal("s1", (string?)b!["value"]));
        Assert.Equal(
            actionIds.Contains(SlackActions.React) ? SlackActions.ReactionEmoji.Select(e => "s1|" + e) : [],
            buttons.Where(b => (string?)b!["action_id"] == SlackActions.React).Select(b => (string?)b!["value"]));
        var blockIds = message.Blocks!.Select(b => (string?)b!["block_id"]).OfType<string>().ToList();
        Assert.Equal(blockIds.Count, blockIds.Distinct().Count());
    }

    [Fact]
    public void TheCard_IsAHeadlineSectionAndAFactsContext_WithTheHeadlineAsFallback()
    {
        var session = Session(SessionPhase.Paused) with { Title = "<!channel> Heat" };

        var message = SlackViewBridge.Card(new ReadyMarked(session, session.Host, 0).ToChannel().Card!);

        Assert.Equal("⏸ “&lt;!channel&gt; Heat” is paused at 0:00:00.", message.Text);
        Assert.Equal(["section", "context", "actions", "actions", "actions"], message.Blocks!.Select(b => (string?)b!["type"]));
        Assert.Contains("Host a · control: host and moderators", ContextText(message.Blocks![1]!), StringComparison.Ordinal);
    }

    [Fact]
    public void Instants_AreDateTokens_ByStyle()
    {
        var session = Session(SessionPhase.Scheduled);

        var text = SlackViewBridge.Card(new SessionScheduled(session, Now.AddHours(1), session.Host).ToChannel().Card!).Text;

        Assert.Contains("<!date^1795381200^{date_short_pretty} at {time}|2026-11-22 21:00:00 UTC> (<!date^1795381200^{ago}|", text, StringComparison.Ordinal);
    }

    private static string ContextText(JsonNode context) => (string)context["elements"]![0]!["text"]!;

    private static WatchSession Session(SessionPhase phase) => new()
    {
        Id = new SessionId("s1"),
        Channel = new ChannelAddress("slack", "T1", "C1"),
        Title = "Alien",
        Host = new UserRef("slack", "U1", "a"),
        Phase = phase,
        Clock = new MediaClock(Now, TimeSpan.Zero, phase is SessionPhase.Playing or SessionPhase.CountingDown, null),
        CreatedAt = Now,
        ScheduledFor = phase == SessionPhase.Scheduled ? Now.AddHours(1) : null,
        CountdownTarget = phase == SessionPhase.CountingDown ? Now.AddSeconds(10) : null,
        EndReason = phase == SessionPhase.Ended ? EndReason.EndedByUser : null,
    };
}
