using WatchBot.Core.Commands;
using WatchBot.Core.Rules;
using WatchBot.Core.Sessions;

namespace WatchBot.Core.Tests;

/// <summary>
/// The cast and the sessions the rules tests start from. Every instant is fixed: the core takes
/// "now" as a parameter, so no test needs a clock.
/// </summary>
internal static class Given
{
    /// <summary>Sunday movie night, 2026-11-22 20:00:00 UTC.</summary>
    public static readonly DateTimeOffset T0 = new(2026, 11, 22, 20, 0, 0, TimeSpan.Zero);

    public static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    public static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    public static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    public static readonly ChannelAddress Channel = new("test", "guild-1", "channel-1");

    /// <summary>The host of every session built here.</summary>
    public static readonly Actor Alice = new(new UserRef("test", "u-alice", "alice"), IsModerator: false);

    /// <summary>A member with no special standing.</summary>
    public static readonly Actor Bob = new(new UserRef("test", "u-bob", "bob"), IsModerator: false);

    /// <summary>A moderator.</summary>
    public static readonly Actor Carol = new(new UserRef("test", "u-carol", "carol"), IsModerator: true);

    public static readonly SessionId LiveId = new("live00000001");

    public static readonly SessionId NextId = new("next00000001");

    public static readonly SessionId NewId = new("new000000001");

    public static SessionRulesOptions Options() => new();

    /// <summary>A session hosted by Alice in <see cref="Channel"/>, in the given phase and clock.</summary>
    public static WatchSession Session(
        SessionPhase phase,
        MediaClock clock,
        ControlPolicy policy = ControlPolicy.HostAndModerators,
        SessionId? id = null) => new()
        {
            Id = id ?? LiveId,
            Channel = Channel,
            Title = "The Matrix",
            Host = Alice.User,
            Phase = phase,
            Clock = clock,
            Policy = policy,
            CreatedAt = T0 - Hour,
            Participants = [Alice.User],
        };

    /// <summary>Playing: at <paramref name="positionAtT0"/> at <see cref="T0"/>, started an hour before.</summary>
    public static WatchSession Playing(TimeSpan positionAtT0, TimeSpan? runtime = null, ControlPolicy policy = ControlPolicy.HostAndModerators) =>
        Session(SessionPhase.Playing, new MediaClock(T0, positionAtT0, IsRunning: true, runtime), policy) with
        {
            StartedAt = T0 - positionAtT0,
        };

    /// <summary>Paused at <paramref name="position"/> since <see cref="T0"/>.</summary>
    public static WatchSession Paused(TimeSpan position, TimeSpan? runtime = null, ControlPolicy policy = ControlPolicy.HostAndModerators) =>
        Session(SessionPhase.Paused, new MediaClock(T0, position, IsRunning: false, runtime), policy) with
        {
            StartedAt = T0 - position,
        };

    /// <summary>A first countdown: playback from 0:00:00 at <paramref name="target"/>.</summary>
    public static WatchSession CountingDown(DateTimeOffset target, TimeSpan? runtime = null, ControlPolicy policy = ControlPolicy.HostAndModerators) =>
        Session(SessionPhase.CountingDown, new MediaClock(target, TimeSpan.Zero, IsRunning: true, runtime), policy) with
        {
            CountdownTarget = target,
        };

    /// <summary>Planned for <paramref name="at"/>; nothing plays yet.</summary>
    public static WatchSession Scheduled(DateTimeOffset at, TimeSpan? runtime = null, SessionId? id = null) =>
        Session(SessionPhase.Scheduled, MediaClock.Stopped(T0 - Hour, runtime), id: id ?? NextId) with
        {
            Title = "Alien",
            ScheduledFor = at,
        };

    public static CommandContext Context(
        Actor actor,
        WatchSession? live = null,
        IReadOnlyList<WatchSession>? upcoming = null,
        DateTimeOffset? now = null,
        SessionRulesOptions? options = null) =>
        new(Channel, actor, now ?? T0, live, upcoming ?? [], NewId, options ?? Options());

    /// <summary>Decides a typed command, so the tests speak the grammar people type.</summary>
    public static Decision Decide(
        string typed,
        Actor actor,
        WatchSession? live = null,
        IReadOnlyList<WatchSession>? upcoming = null,
        DateTimeOffset? now = null,
        SessionRulesOptions? options = null) =>
        SessionRules.Decide(Context(actor, live, upcoming, now, options), Parsed(typed));

    /// <summary>The command <paramref name="typed"/> means; fails the test if it does not parse.</summary>
    public static WatchCommand Parsed(string typed)
    {
        var result = CommandParser.Parse(typed);
        Assert.True(result.IsSuccess, $"\"{typed}\" should parse but: {result.Error?.Message}");
        return result.Command;
    }
}
