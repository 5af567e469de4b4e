using WatchBot.Core.Notices;
using WatchBot.Core.Sessions;
using WatchBot.Core.Views;
using WatchBot.Discord.Rendering;

namespace WatchBot.Discord.Tests.Rendering;

/// <summary>
/// The channel path's drawing of views (until Discord's own markup replaces it): buttons per phase whose
/// ids Discord's inbound reads back, instants as Discord timestamps, user text escaped, no mentions.
/// </summary>
public sealed class DiscordViewBridgeTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 20, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(SessionPhase.Scheduled, new[] { "ready" })]
    [InlineData(SessionPhase.CountingDown, new[] { "ready", "pause", "react", "react", "react", "react", "react", "react" })]
    [InlineData(SessionPhase.Playing, new[] { "pause", "react", "react", "react", "react", "react", "react" })]
    [InlineData(SessionPhase.Paused, new[] { "ready", "resume", "react", "react", "react", "react", "react", "react" })]
    [InlineData(SessionPhase.Ended, new string[0])]
    public void CardButtons_FitThePhase_AndInboundReadsThemBack(SessionPhase phase, string[] commands)
    {
        var session = Session(phase);
        var json = DiscordViewBridge.Card(new ReadyMarked(session, session.Host, 0).ToChannel().Card!).ToJson();

        var rows = json["components"]!.AsArray();
        Assert.All(rows, r => Assert.InRange(r!["components"]!.AsArray().Count, 1, 5));
        var read = rows.SelectMany(r => r!["components"]!.AsArray()).Select(b =>
        {
            Assert.True(SessionButtons.TryParse(b!["custom_id"]!.GetValue<string>(), out var command, out _, out var id));
            Assert.Equal(session.Id, id);
            return command;
        });
        Assert.Equal(commands, read);
        Assert.Empty(json["allowed_mentions"]!["parse"]!.AsArray());
    }

    [Fact]
    public void Instants_AreDiscordTimestamps_TitlesBoldAndEscaped()
    {
        var session = Session(SessionPhase.Scheduled) with { Title = "*@everyone* <@1>" };

        var content = DiscordViewBridge.Card(new SessionScheduled(session, Now.AddHours(1), session.Host).ToChannel().Card!).Content;

        Assert.StartsWith("📅 **\\*@\u200Beveryone\\* \\<@\u200B1\\>** is scheduled for <t:1795381200:F> (<t:1795381200:R>)", content, StringComparison.Ordinal);
    }

    [Fact]
    public void Go_IsBold_AndCodeIsInlineCode()
    {
        var go = DiscordViewBridge.Announcement(new PlaybackStarted(Session(SessionPhase.Playing), TimeSpan.Zero).ToChannel().Announcements[0]);
        var refused = DiscordViewBridge.Draw(new Refused("No.", "/watch start title:`x`").ToReply().Lines);

        Assert.StartsWith("▶ **GO!** **Alien**", go.Content, StringComparison.Ordinal);
        Assert.Equal("Sorry — No. Try: `/watch start title:'x'`", refused);
    }

    [Fact]
    public void AServerEmoji_IsShownAsTheEmoji_AnythingElseEscaped()
    {
        Assert.Equal("<:party:123456789012345678>", DiscordViewBridge.Draw(ViewLine.Of(new EmojiPart("<:party:123456789012345678>"))));
        Assert.Equal("\\<@\u200B1\\>", DiscordViewBridge.Draw(ViewLine.Of(new EmojiPart("<@1>"))));
    }

    private static WatchSession Session(SessionPhase phase) => new()
    {
        Id = new SessionId("s1"),
        Channel = new ChannelAddress("discord", "1", "77"),
        Title = "Alien",
        Host = new UserRef("discord", "1", "a"),
        Phase = phase,
        Clock = new MediaClock(Now, TimeSpan.Zero, phase is SessionPhase.Playing or SessionPhase.CountingDown, null),
        CreatedAt = Now,
        ScheduledFor = phase == SessionPhase.Scheduled ? Now.AddHours(1) : null,
        CountdownTarget = phase == SessionPhase.CountingDown ? Now.AddSeconds(10) : null,
        EndReason = phase == SessionPhase.Ended ? EndReason.EndedByUser : null,
    };
}
