using System.Text.Json.Nodes;
using WatchBot.Core.Commands;
using WatchBot.Core.Notices;
using WatchBot.Core.Sessions;
using WatchBot.Core.Text;
using WatchBot.Discord.Rendering;

namespace WatchBot.Discord.Tests.Rendering;

/// <summary>Every notice rendered for Discord fits the documented limits and pings no one.</summary>
public sealed class RendererPayloadTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 20, 0, 0, TimeSpan.Zero);
    private static readonly UserRef Mallory = new("discord", "9", "@everyone <@1> [x](https://evil.example)");

    public static TheoryData<string> NoticeNames => [.. Notices().Select(n => n.GetType().Name)];

    [Theory]
    [MemberData(nameof(NoticeNames))]
    public void EveryNotice_RendersWithinLimits(string name)
    {
        var notice = Notices().First(n => n.GetType().Name == name);
        var messages = new[] { DiscordRenderer.SessionMessage(notice), DiscordRenderer.ChannelMessage(notice) }.OfType<DiscordMessage>().ToList();
        var reply = DiscordRenderer.Reply(notice);

        Assert.True(messages.Count > 0 || reply.Length > 0);
        Assert.True(reply.Length <= 2000);
        foreach (var json in messages.Select(m => m.ToJson()))
        {
            AssertSafe(json);
        }
    }

    [Fact]
    public void SessionMessage_WhilePlaying_HasPauseAndSixReactionsInRowsOfAtMostFive()
    {
        var json = DiscordRenderer.SessionMessage(new PlaybackStarted(Session(SessionPhase.Playing), TimeSpan.Zero))!.ToJson();
        var rows = json["components"]!.AsArray();
        var ids = rows.SelectMany(r => r!["components"]!.AsArray()).Select(b => b!["custom_id"]!.GetValue<string>()).ToList();

        Assert.All(rows, r => Assert.InRange(r!["components"]!.AsArray().Count, 1, 5));
        Assert.Contains("watch:pause:abc123def456", ids);
        Assert.Equal(6, ids.Count(i => i.StartsWith("watch:react:", StringComparison.Ordinal)));
    }

    [Fact]
    public void Countdown_UsesDiscordTimestamps()
    {
        var target = Now.AddSeconds(10);
        var content = DiscordRenderer.SessionMessage(new CountdownStarted(Session(SessionPhase.CountingDown), target, TimeSpan.Zero, null, false))!.Content;

        Assert.Contains($"<t:{target.ToUnixTimeSeconds()}:R>", content, StringComparison.Ordinal);
        Assert.Contains($"<t:{target.ToUnixTimeSeconds()}:T>", content, StringComparison.Ordinal);
    }

    [Fact]
    public void ScheduledStartWaiting_SaysItWaits_AndWhenItIsGivenUp()
    {
        var waiting = Session(SessionPhase.Scheduled) with { Title = "Alien", WaitingSince = Now };
        var giveUp = Now.AddHours(3);
        var notice = new ScheduledStartWaiting(waiting, Session(SessionPhase.Playing) with { Title = "Heat" }, giveUp);

        var line = DiscordRenderer.ChannelMessage(notice)!.Content;
        var state = DiscordRenderer.SessionMessage(notice)!;

        Assert.Contains("**Alien** is due, but **Heat** is still running here", line, StringComparison.Ordinal);
        Assert.Contains($"<t:{giveUp.ToUnixTimeSeconds()}:F>", line, StringComparison.Ordinal);
        Assert.Contains("starts as soon as **Heat** ends", state.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Status_ShowsAWaitingBookingAsWaiting()
    {
        var waiting = Session(SessionPhase.Scheduled) with { Title = "Alien", WaitingSince = Now };

        var reply = DiscordRenderer.Reply(new StatusReport(Session(SessionPhase.Playing), TimeSpan.FromMinutes(1), [waiting], Now));

        Assert.Contains("**Alien**, due", reply, StringComparison.Ordinal);
        Assert.Contains("starts when this channel is free", reply, StringComparison.Ordinal);
    }

    [Fact]
    public void ReactionLine_ReadsLikeTheIssue()
    {
        var line = DiscordRenderer.ReactionLine(new Reaction(1, "😂", null, TimeSpan.Parse("1:12:33", System.Globalization.CultureInfo.InvariantCulture), new UserRef("discord", "1", "bob"), Now));

        Assert.Equal("😂 at 1:12:33 — bob", line);
    }

    [Fact]
    public void HostileTitle_PingsAndLinksNothing()
    {
        var json = DiscordRenderer.SessionMessage(new CountdownStarted(Session(SessionPhase.CountingDown), Now.AddSeconds(5), TimeSpan.Zero, null, false))!.ToJson();
        var content = json["content"]!.GetValue<string>();

        Assert.DoesNotContain("@everyone", content, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", content, StringComparison.Ordinal);
        Assert.DoesNotContain("<@1>", content, StringComparison.Ordinal);
        Assert.Empty(json["allowed_mentions"]!["parse"]!.AsArray());
    }

    [Fact]
    public void AlreadySo_OnAScheduledSession_ShowsItsStart_NotAPosition()
    {
        var scheduled = Session(SessionPhase.Scheduled);

        var reply = DiscordRenderer.Reply(new AlreadySo(scheduled, TimeSpan.Zero, "you are already marked ready"));

        Assert.Contains($"<t:{Now.AddHours(1).ToUnixTimeSeconds()}:F>", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("0:00:00", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3 * 3600, "3:00:00 is past the end")]
    [InlineData(-60, "before the start")]
    public void Seek_ThatWasClamped_SaysSoInTheChannel(int requestedSeconds, string expected)
    {
        var notice = new PlaybackSeeked(Session(SessionPhase.Playing), TimeSpan.Zero, TimeSpan.FromMinutes(9), Mallory) { Requested = TimeSpan.FromSeconds(requestedSeconds) };

        Assert.Contains(expected, DiscordRenderer.ChannelMessage(notice)!.Content, StringComparison.Ordinal);
        Assert.DoesNotContain("past the end", DiscordRenderer.ChannelMessage(notice with { Requested = null })!.Content, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<:party:123456789012345678>", "<:party:123456789012345678> at 0:01:02 — bob")]
    [InlineData("<a:party:123456789012345678>", "<a:party:123456789012345678> at 0:01:02 — bob")]
    [InlineData("<@123456789012345678>", "\\<@\u200B123456789012345678\\> at 0:01:02 — bob")] // an old row that is no emoji stays inert
    public void ReactionLine_ShowsAServerEmojiAsTheEmoji_AndNothingElseUnescaped(string emoji, string expected)
    {
        var line = DiscordRenderer.ReactionLine(new Reaction(1, emoji, null, TimeSpan.FromSeconds(62), new UserRef("discord", "1", "bob"), Now));

        Assert.Equal(expected, line);
    }

    [Fact]
    public void CustomEmoji_AreAcceptedOnThisPlatform()
    {
        Assert.Equal(DiscordPlatform.Name, EmojiText.CustomEmojiPlatform);
    }

    [Fact]
    public void ReactionTooSoon_SaysSlowDownAndWhenToReactAgain()
    {
        var reply = DiscordRenderer.Reply(new ReactionTooSoon(TimeSpan.FromSeconds(2), Now.AddSeconds(2), TimeSpan.FromSeconds(2)));

        Assert.Equal("Slow down — one reaction every 2s each. You can react again in 2s.", reply);
    }

    [Fact]
    public void SessionMessage_WhilePaused_OffersReady()
    {
        var json = DiscordRenderer.SessionMessage(new ReadyMarked(Session(SessionPhase.Paused), Mallory, 1))!.ToJson();

        Assert.Contains("watch:ready:abc123def456", json.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("1 ready", json["content"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    internal static void AssertSafe(JsonNode json)
    {
        Assert.NotNull(json["allowed_mentions"]);
        Assert.Empty(json["allowed_mentions"]!["parse"]!.AsArray());
        Assert.True(json["content"]!.GetValue<string>().Length <= 2000);
        if (json["components"] is JsonArray rows)
        {
            Assert.True(rows.Count <= 5);
            foreach (var row in rows)
            {
                var buttons = row!["components"]!.AsArray();
                Assert.InRange(buttons.Count, 1, 5);
                Assert.All(buttons, b => Assert.InRange(b!["custom_id"]!.GetValue<string>().Length, 1, 100));
            }
        }
    }

    private static WatchSession Session(SessionPhase phase) => new()
    {
        Id = new SessionId("abc123def456"),
        Channel = new ChannelAddress("discord", "1", "2"),
        Title = "@everyone free https://evil.example [click](https://evil.example) " + new string('x', 60),
        Host = Mallory,
        Phase = phase,
        Clock = new MediaClock(Now, TimeSpan.Zero, phase == SessionPhase.Playing, null),
        CreatedAt = Now,
        ScheduledFor = Now.AddHours(1),
        CountdownTarget = Now.AddSeconds(10),
        ReadyUserIds = [new WatchBot.Core.Kernel.UserKey("discord", "9")],
    };

    private static IEnumerable<Notice> Notices()
    {
        var s = Session(SessionPhase.Playing);
        var reaction = new Reaction(1, "😂", "@here look", TimeSpan.FromMinutes(3), Mallory, Now);
        var ended = s with { Phase = SessionPhase.Ended, Reactions = ReactionSummary.None.With(reaction) };
        return
        [
            new CountdownStarted(Session(SessionPhase.CountingDown), Now.AddSeconds(10), TimeSpan.Zero, Mallory, false),
            new PlaybackStarted(s, TimeSpan.Zero),
            new PlaybackPaused(Session(SessionPhase.Paused), TimeSpan.FromMinutes(3), Mallory),
            new PlaybackSeeked(s, TimeSpan.Zero, TimeSpan.FromMinutes(9), Mallory),
            new ReactionAdded(s, reaction),
            new ReadyMarked(Session(SessionPhase.Scheduled), Mallory, 1),
            new SessionScheduled(Session(SessionPhase.Scheduled), Now.AddHours(1), Mallory),
            new LateStart(s, TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(4)),
            new SessionMissed(ended, Now),
            new ScheduledStartWaiting(Session(SessionPhase.Scheduled) with { WaitingSince = Now }, s, Now.AddHours(3)),
            new ScheduledStartBlocked(Session(SessionPhase.Scheduled), s),
            new SessionEnded(ended, Recap.Of(ended, Now).WithReactions([reaction]), Mallory),
            new StatusReport(s, TimeSpan.FromMinutes(1), [Session(SessionPhase.Scheduled)], Now),
            new AlreadySo(s, TimeSpan.Zero, "already playing"),
            new ReactionTooSoon(TimeSpan.FromSeconds(1), Now.AddSeconds(1), TimeSpan.FromSeconds(2)),
            new ReactionNoted(reaction),
            new Refused("only the host may pause", "/watch status"),
            new InvalidInput(new CommandError("bad @everyone", "/watch help")),
            new HelpText([.. CommandCatalog.HelpLines()]),
        ];
    }
}
