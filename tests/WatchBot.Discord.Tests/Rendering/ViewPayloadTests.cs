using System.Text.Json.Nodes;
using WatchBot.Core.Features.Moderation;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Grammar;
using WatchBot.Core.Kernel;
using WatchBot.Core.Text;
using WatchBot.Discord.Rendering;

namespace WatchBot.Discord.Tests.Rendering;

/// <summary>Every notice's views, drawn as Discord would send them, fit the documented limits and ping no one.</summary>
public sealed class ViewPayloadTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 20, 0, 0, TimeSpan.Zero);
    private static readonly UserRef Mallory = new("discord", "9", "@everyone <@1> [x](https://evil.example)");

    public static TheoryData<string> NoticeNames => [.. Notices().Select(n => n.GetType().Name)];

    [Theory]
    [MemberData(nameof(NoticeNames))]
    public void EveryNotice_DrawsWithinLimits(string name)
    {
        var notice = Notices().First(n => n.GetType().Name == name);

        var bodies = Bodies(notice).ToList();

        Assert.NotEmpty(bodies);
        Assert.All(bodies, AssertSafe);
    }

    [Theory]
    [InlineData(SessionPhase.Scheduled, new[] { "ready", "rsvp:going", "rsvp:maybe", "rsvp:no" }, 0)]
    [InlineData(SessionPhase.CountingDown, new[] { "ready", "pause", "break", "join" }, 6)]
    [InlineData(SessionPhase.Playing, new[] { "pause", "break", "join" }, 6)]
    [InlineData(SessionPhase.Paused, new[] { "ready", "resume", "join" }, 6)]
    [InlineData(SessionPhase.Ended, new string[0], 0)]
    public void Card_OffersTheButtonsOfItsPhase_InRowsOfAtMostFive(SessionPhase phase, string[] controls, int reactions)
    {
        var json = DiscordMarkup.Card(new ReadyMarked(Session(phase), Mallory, 1).ToChannel().Card!).ToJson();
        var rows = json["components"]!.AsArray();
        var ids = rows.SelectMany(r => r!["components"]!.AsArray()).Select(b => b!["custom_id"]!.GetValue<string>()).ToList();

        Assert.All(rows, r => Assert.InRange(r!["components"]!.AsArray().Count, 1, 5));
        Assert.Equal([.. controls.Select(c => $"watch:{c}:abc123def456")], ids.Where(i => !i.StartsWith("watch:react:", StringComparison.Ordinal)));
        Assert.Equal(reactions, ids.Count(i => i.StartsWith("watch:react:", StringComparison.Ordinal) && i.EndsWith(":abc123def456", StringComparison.Ordinal)));
    }

    [Fact]
    public void Countdown_UsesDiscordTimestamps()
    {
        var target = Now.AddSeconds(10);
        var content = DiscordMarkup.Card(new CountdownStarted(Session(SessionPhase.CountingDown), target, TimeSpan.Zero, null, false).ToChannel().Card!).Content;

        Assert.Contains($"<t:{target.ToUnixTimeSeconds()}:R>", content, StringComparison.Ordinal);
        Assert.Contains($"<t:{target.ToUnixTimeSeconds()}:T>", content, StringComparison.Ordinal);
    }

    [Fact]
    public void Go_IsBoldAndNotifies_AsANewMessage()
    {
        var view = new PlaybackStarted(Session(SessionPhase.Playing) with { Title = "Alien" }, TimeSpan.Zero).ToChannel();

        Assert.StartsWith("▶ **GO!** **Alien** is playing from 0:00:00", DiscordMarkup.Announcement(view.Announcements.Single()).Content, StringComparison.Ordinal);
    }

    [Fact]
    public void ScheduledStartWaiting_SaysItWaits_AndWhenItIsGivenUp()
    {
        var waiting = Session(SessionPhase.Scheduled) with { Title = "Alien", WaitingSince = Now };
        var giveUp = Now.AddHours(3);
        var view = new ScheduledStartWaiting(waiting, Session(SessionPhase.Playing) with { Title = "Heat" }, giveUp).ToChannel();

        var line = DiscordMarkup.Announcement(view.Announcements.Single()).Content;

        Assert.Contains("**Alien** is due, but **Heat** is still running here", line, StringComparison.Ordinal);
        Assert.Contains($"<t:{giveUp.ToUnixTimeSeconds()}:F>", line, StringComparison.Ordinal);
        Assert.Contains("**Alien** is due and starts as soon as the channel is free", DiscordMarkup.Card(view.Card!).Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Status_ShowsAWaitingBookingAsWaiting()
    {
        var waiting = Session(SessionPhase.Scheduled) with { Title = "Alien", WaitingSince = Now };

        var reply = DiscordMarkup.Reply(new StatusReport(Session(SessionPhase.Playing), TimeSpan.FromMinutes(1), [waiting], Now).ToReply()).Content;

        Assert.Contains("**Alien**, due", reply, StringComparison.Ordinal);
        Assert.Contains("starts when this channel is free", reply, StringComparison.Ordinal);
    }

    [Fact]
    public void ReactionLine_ReadsLikeTheIssue_AndIsBatched()
    {
        var reaction = new Reaction(1, "😂", null, TimeSpan.Parse("1:12:33", System.Globalization.CultureInfo.InvariantCulture), new UserRef("discord", "1", "bob"), Now);
        var announcement = new ReactionAdded(Session(SessionPhase.Playing), reaction).ToChannel().Announcements.Single();

        Assert.NotNull(announcement.BatchKey);
        Assert.Equal("😂 at 1:12:33 — bob", DiscordMarkup.Announcement(announcement).Content);
    }

    [Fact]
    public void HostileTitle_PingsAndLinksNothing()
    {
        var json = DiscordMarkup.Card(new CountdownStarted(Session(SessionPhase.CountingDown), Now.AddSeconds(5), TimeSpan.Zero, null, false).ToChannel().Card!).ToJson();
        var content = json["content"]!.GetValue<string>();

        Assert.DoesNotContain("@everyone", content, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", content, StringComparison.Ordinal);
        Assert.DoesNotContain("<@1>", content, StringComparison.Ordinal);
        Assert.Empty(json["allowed_mentions"]!["parse"]!.AsArray());
    }

    [Fact]
    public void AlreadySo_OnAScheduledSession_ShowsItsStart_NotAPosition()
    {
        var reply = DiscordMarkup.Reply(new AlreadySo(Session(SessionPhase.Scheduled), TimeSpan.Zero, "you are already marked ready").ToReply()).Content;

        Assert.Contains($"<t:{Now.AddHours(1).ToUnixTimeSeconds()}:F>", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("0:00:00", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3 * 3600, "3:00:00 is past the end")]
    [InlineData(-60, "before the start")]
    public void Seek_ThatWasClamped_SaysSoInTheChannel(int requestedSeconds, string expected)
    {
        var notice = new PlaybackSeeked(Session(SessionPhase.Playing), TimeSpan.Zero, TimeSpan.FromMinutes(9), Mallory) { Requested = TimeSpan.FromSeconds(requestedSeconds) };

        Assert.Contains(expected, DiscordMarkup.Announcement(notice.ToChannel().Announcements.Single()).Content, StringComparison.Ordinal);
        Assert.DoesNotContain("past the end", DiscordMarkup.Announcement((notice with { Requested = null }).ToChannel().Announcements.Single()).Content, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<:party:123456789012345678>", "<:party:123456789012345678> at 0:01:02 — bob")]
    [InlineData("<a:party:123456789012345678>", "<a:party:123456789012345678> at 0:01:02 — bob")]
    [InlineData("<@123456789012345678>", "\\<@\u200B123456789012345678\\> at 0:01:02 — bob")] // an old row that is no emoji stays inert
    public void ReactionLine_ShowsAServerEmojiAsTheEmoji_AndNothingElseUnescaped(string emoji, string expected)
    {
        var reaction = new Reaction(1, emoji, null, TimeSpan.FromSeconds(62), new UserRef("discord", "1", "bob"), Now);

        Assert.Equal(expected, DiscordMarkup.Announcement(new ReactionAdded(Session(SessionPhase.Playing), reaction).ToChannel().Announcements.Single()).Content);
    }

    [Fact]
    public void CustomEmoji_AreAcceptedOnThisPlatform()
    {
        Assert.Equal(DiscordPlatform.Name, EmojiText.CustomEmojiPlatform);
    }

    [Fact]
    public void ReactionTooSoon_SaysSlowDownAndWhenToReactAgain()
    {
        var reply = DiscordMarkup.Reply(new ReactionTooSoon(TimeSpan.FromSeconds(2), Now.AddSeconds(2), TimeSpan.FromSeconds(2)).ToReply()).Content;

        Assert.Equal("Slow down — one reaction every 2s each. You can react again in 2s.", reply);
    }

    [Fact]
    public void Refusal_ShowsTheExampleAsCode()
    {
        var reply = DiscordMarkup.Reply(new Refused("only the host may pause.", "/watch status").ToReply()).Content;

        Assert.Equal("Sorry — only the host may pause. Try: `/watch status`", reply);
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

    /// <summary>Every body the notice makes on Discord: its card, its announcements, its reply.</summary>
    internal static IEnumerable<JsonNode> Bodies(Notice notice)
    {
        var view = notice.ToChannel();
        if (view.Card is { } card)
        {
            yield return DiscordMarkup.Card(card).ToJson();
        }

        foreach (var announcement in view.Announcements)
        {
            yield return DiscordMarkup.Announcement(announcement).ToJson();
        }

        if (notice.ToReply() is { } reply)
        {
            yield return DiscordMarkup.Reply(reply).ToJson();
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
            new ModeratorChanged("123456789012345678", Added: true, AlreadySo: false, BuiltIn: null),
            new ModeratorsListed(["123456789012345678"], ["223456789012345678"], "members with Manage Server"),
        ];
    }
}
