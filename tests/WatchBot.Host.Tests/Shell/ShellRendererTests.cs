using WatchBot.Core.Notices;
using WatchBot.Core.Sessions;
using WatchBot.Shell;

namespace WatchBot.Host.Tests.Shell;

/// <summary>The shell's wording of the notices a new user met on their first movie night.</summary>
public sealed class ShellRendererTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 20, 0, 0, TimeSpan.Zero);
    private static readonly UserRef Alice = new("shell", "u-alice", "alice");

    private readonly ShellRenderer _renderer = new(new FixedTime(Now));

    [Fact]
    public void AlreadySo_OnAScheduledSession_ShowsItsStart_NotAPosition()
    {
        var scheduled = Session(SessionPhase.Scheduled) with { ScheduledFor = Now.AddMinutes(90).AddSeconds(15) };

        var line = _renderer.Render(new AlreadySo(scheduled, TimeSpan.Zero, "you are already marked ready"));

        Assert.Equal("Nothing to do: you are already marked ready — \"Case\" starts Sun 2026-11-22 21:30:15 UTC (in 1h30m15s).", line);
    }

    [Theory]
    [InlineData(3 * 3600, " — 3:00:00 is past the end")]
    [InlineData(-60, " — that was before the start")]
    public void Seek_ThatWasClamped_SaysSo(int requestedSeconds, string expected)
    {
        var notice = new PlaybackSeeked(Session(SessionPhase.Playing), TimeSpan.Zero, TimeSpan.FromHours(2), Alice);

        Assert.Equal("⏩ alice moved \"Case\" to 2:00:00 (was 0:00:00)", _renderer.Render(notice));
        Assert.Equal("⏩ alice moved \"Case\" to 2:00:00 (was 0:00:00)" + expected, _renderer.Render(notice with { Requested = TimeSpan.FromSeconds(requestedSeconds) }));
    }

    [Fact]
    public void ReactionTooSoon_SaysSlowDownAndWhenToReactAgain()
    {
        var line = _renderer.Render(new ReactionTooSoon(TimeSpan.FromSeconds(2), Now.AddSeconds(2), TimeSpan.FromSeconds(2)));

        Assert.Equal("Slow down — one reaction every 2s each. You can react again in 2s.", line);
    }

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

    /// <summary>A clock that shows one instant in UTC: all the renderer reads.</summary>
    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
