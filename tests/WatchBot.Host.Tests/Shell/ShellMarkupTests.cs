using WatchBot.Core.Features.Moderation;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Core.Views;
using WatchBot.Shell;

namespace WatchBot.Host.Tests.Shell;

/// <summary>
/// The shell's markup: parts as terminal text (instants in the machine's zone, positions H:MM:SS,
/// strong titles quoted, user text cleaned), and the wording of notices a new user met on their first movie night.
/// </summary>
public sealed class ShellMarkupTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 20, 0, 0, TimeSpan.Zero);
    private static readonly UserRef Alice = new("shell", "u-alice", "alice");

    private readonly ShellMarkup _markup = new(new FixedTime(Now, TimeZoneInfo.Utc));

    [Fact]
    public void AlreadySo_OnAScheduledSession_ShowsItsStart_NotAPosition()
    {
        var scheduled = Session(SessionPhase.Scheduled) with { ScheduledFor = Now.AddMinutes(90).AddSeconds(15) };

        var line = _markup.Draw(new AlreadySo(scheduled, TimeSpan.Zero, "you are already marked ready").ToReply().Lines);

        Assert.Equal("Nothing to do: you are already marked ready — \"Case\" starts Sun 2026-11-22 21:30:15 UTC (in 1h30m15s).", line);
    }

    [Theory]
    [InlineData(3 * 3600, " — 3:00:00 is past the end.")]
    [InlineData(-60, " — that was before the start.")]
    public void Seek_ThatWasClamped_SaysSo(int requestedSeconds, string expected)
    {
        var notice = new PlaybackSeeked(Session(SessionPhase.Playing), TimeSpan.Zero, TimeSpan.FromHours(2), Alice);

        Assert.Equal("⏩ alice moved \"Case\" to 2:00:00 (was 0:00:00).", Announced(notice));
        Assert.Equal("⏩ alice moved \"Case\" to 2:00:00 (was 0:00:00)" + expected, Announced(notice with { Requested = TimeSpan.FromSeconds(requestedSeconds) }));
    }

    [Fact]
    public void ReactionTooSoon_SaysSlowDownAndWhenToReactAgain()
    {
        var line = _markup.Draw(new ReactionTooSoon(TimeSpan.FromSeconds(2), Now.AddSeconds(2), TimeSpan.FromSeconds(2)).ToReply().Lines);

        Assert.Equal("Slow down — one reaction every 2s each. You can react again in 2s.", line);
    }

    [Fact]
    public void Instants_AreShownInTheMachinesZone_ByStyle()
    {
        var paris = TimeZoneInfo.CreateCustomTimeZone("Test/Plus1", TimeSpan.FromHours(1), "Plus1", "Plus1");
        var markup = new ShellMarkup(new FixedTime(Now, paris));
        var at = Now.AddSeconds(10);

        var line = markup.Draw(ViewLine.Of($"{at:T} | {at:F} | {at:R} | {Now.AddMinutes(-5):R}"));

        Assert.Equal("21:00:10 | Sun 2026-11-22 21:00:10 UTC+01:00 | in 10s | 5m ago", line);
    }

    [Fact]
    public void Parts_DrawAsPlainTerminalText_UserTextCleaned()
    {
        var line = _markup.Draw(ViewLine.Of(
            new TextPart("GO!", TextStyle.Strong),
            new TextPart(" "),
            new UserTextPart("Ca\u202Ese\u200B", TextStyle.Strong),
            new TextPart(" by "),
            new PersonPart(new UserRef("shell", "1", "bo\u001B[31mb")),
            new TextPart(" at "),
            new PositionPart(TimeSpan.FromSeconds(3723)),
            new TextPart(" "),
            new EmojiPart("😂"),
            new TextPart(" Try: "),
            new UserTextPart("/watch seek to:1:02:03", TextStyle.Code)));

        Assert.Equal("GO! \"Case\" by bo[31mb at 1:02:03 😂 Try: /watch seek to:1:02:03", line);
    }

    [Fact]
    public void Ids_InModeratorAnswers_AreShownAsText()
    {
        var line = _markup.Draw(new ModeratorsListed(["carol"], ["bob"], "those switched in with /as NAME mod").ToReply().Lines);

        Assert.Equal("Moderators here — configured: carol; added with /watch mod add: bob. Moderators are those switched in with /as NAME mod.", line);
    }

    [Fact]
    public void AMention_IsTheCleanedName_MarkedWithAnAt()
    {
        Assert.Equal("@bo[31mb", _markup.Draw(ViewLine.Of(new MentionPart(new UserRef("shell", "1", "bo\u001B[31mb")))));
    }

    [Fact]
    public void EveryKindOfPart_IsDrawn()
    {
        ViewPart[] one =
        [
            new TextPart("a"), new UserTextPart("b"), new PersonPart(Alice), new InstantPart(Now, InstantStyle.Time),
            new PositionPart(TimeSpan.Zero), new EmojiPart("😂"), new MentionPart(Alice), new LinkPart(new Uri("https://watch.example.com/calendar/a_b-c.ics")),
        ];
        var kinds = typeof(ViewPart).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(ViewPart)) && !t.IsAbstract);

        Assert.Equal(kinds.OrderBy(t => t.Name), one.Select(p => p.GetType()).OrderBy(t => t.Name));
        Assert.All(one, part => Assert.NotEmpty(_markup.Draw(ViewLine.Of(part))));
    }

    [Fact]
    public async Task TheTerminal_PrintsAnnouncements_OrTheCardsHeadlineWhenNothingIsAnnounced()
    {
        var terminal = new Lines();
        var publisher = new ShellPublisher(new ShellOutput(terminal, new FixedTime(Now, TimeZoneInfo.Utc)), _markup);
        var counting = Session(SessionPhase.CountingDown) with { CountdownTarget = Now.AddSeconds(3), Clock = new MediaClock(Now.AddSeconds(3), TimeSpan.Zero, true, null) };
        var playing = Session(SessionPhase.Playing) with { StartedAt = Now, Clock = new MediaClock(Now, TimeSpan.Zero, true, null) };

        await publisher.PublishAsync(counting.Channel, new CountdownStarted(counting, Now.AddSeconds(3), TimeSpan.Zero, Alice, false).ToChannel(), CancellationToken.None);
        await publisher.PublishAsync(playing.Channel, new PlaybackStarted(playing, TimeSpan.Zero).ToChannel(), CancellationToken.None);

        Assert.Equal(
            ["[20:00:00] ⏳ \"Case\" starts in 3s — press play at 20:00:03.", "[20:00:00] ▶ GO! \"Case\" is playing from 0:00:00 — press play now."],
            terminal.Written);
    }

    private string Announced(Notice notice) => _markup.Draw(Assert.Single(notice.ToChannel().Announcements).Lines);

    private static WatchSession Session(SessionPhase phase) => new()
    {
        Id = new SessionId("abc123def456"),
        Channel = new ChannelAddress("shell", "local", "main"),
        Title = "Case",
        Host = Alice,
        Phase = phase,
        Clock = MediaClock.Stopped(Now, null),
        CreatedAt = Now,
    };

    private sealed class Lines : IShellTerminal
    {
        public List<string> Written { get; } = [];

        public bool IsInteractive => false;

        public Task<string?> ReadLineAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);

        public void WriteLine(string line) => Written.Add(line);

        public void Prompt(string prompt)
        {
        }
    }

    /// <summary>A clock that shows one instant in one zone: all the markup reads.</summary>
    private sealed class FixedTime(DateTimeOffset now, TimeZoneInfo zone) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => zone;
    }
}
