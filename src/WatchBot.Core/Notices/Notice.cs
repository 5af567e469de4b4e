using WatchBot.Core.Commands;
using WatchBot.Core.Sessions;

namespace WatchBot.Core.Notices;

// The notice hierarchy is one file on purpose: each record is a line, and a platform's renderer is a
// switch over exactly this list. Notices carry facts (instants, positions, the session value), never
// preformatted text, so every platform renders them in its own markup and time-zone syntax.

/// <summary>Something WatchBot has to tell people. Platform-neutral: each platform renders it.</summary>
public abstract record Notice;

/// <summary>A countdown is running: everyone presses play at <paramref name="Target"/>.</summary>
public sealed record CountdownStarted(WatchSession Session, DateTimeOffset Target, TimeSpan FromPosition, UserRef? By, bool IsResume) : Notice;

/// <summary>GO: the countdown reached its instant; the media clock runs from <paramref name="Position"/>.</summary>
public sealed record PlaybackStarted(WatchSession Session, TimeSpan Position) : Notice;

public sealed record PlaybackPaused(WatchSession Session, TimeSpan Position, UserRef By) : Notice;

/// <summary>The position moved. <see cref="Requested"/> is set when the wanted position lay outside the media and was clamped.</summary>
public sealed record PlaybackSeeked(WatchSession Session, TimeSpan From, TimeSpan To, UserRef By) : Notice
{
    /// <summary>The position asked for, when it was before 0:00:00 or past the runtime; null when <see cref="To"/> is what was asked.</summary>
    public TimeSpan? Requested { get; init; }
}

public sealed record ReactionAdded(WatchSession Session, Reaction Reaction) : Notice;

public sealed record ReadyMarked(WatchSession Session, UserRef By, int ReadyCount) : Notice;

public sealed record SessionScheduled(WatchSession Session, DateTimeOffset At, UserRef By) : Notice;

/// <summary>A start that passed while the bot was down, caught up: "started N min ago — now at H:MM:SS".</summary>
public sealed record LateStart(WatchSession Session, TimeSpan Late, TimeSpan Position) : Notice;

/// <summary>A start that passed while the bot was down, too long ago to join.</summary>
public sealed record SessionMissed(WatchSession Session, DateTimeOffset ScheduledFor) : Notice;

/// <summary>
/// A scheduled start found another session live in the channel: it waits, and starts its countdown
/// when the channel is free, or is given up at <paramref name="GiveUpAt"/>.
/// </summary>
public sealed record ScheduledStartWaiting(WatchSession Session, WatchSession Blocking, DateTimeOffset GiveUpAt) : Notice;

/// <summary>A scheduled start that waited for another session in the channel past the grace period; given up.</summary>
public sealed record ScheduledStartBlocked(WatchSession Session, WatchSession Blocking) : Notice;

public sealed record SessionEnded(WatchSession Session, Recap Recap, UserRef? By) : Notice;

/// <summary>Where things stand in the channel, for the one who asked.</summary>
public sealed record StatusReport(WatchSession? Live, TimeSpan? Position, IReadOnlyList<WatchSession> Upcoming, DateTimeOffset Now) : Notice;

/// <summary>The command changed nothing because it already holds (pause while paused): the current state.</summary>
public sealed record AlreadySo(WatchSession Session, TimeSpan Position, string What) : Notice;

/// <summary>A reaction was recorded: the quiet acknowledgement to the one who reacted.</summary>
public sealed record ReactionNoted(Reaction Reaction) : Notice;

/// <summary>
/// A reaction too soon after the sender's last one: not kept, not shown. <paramref name="Wait"/> is
/// whole seconds, rounded up, until <paramref name="NextAt"/>; <paramref name="Interval"/> is the limit.
/// </summary>
public sealed record ReactionTooSoon(TimeSpan Wait, DateTimeOffset NextAt, TimeSpan Interval) : Notice;

/// <summary>The sender may not do this, or it cannot be done now; says who may, or what to do instead.</summary>
public sealed record Refused(string Reason, string? Suggestion) : Notice;

/// <summary>The input was not a command.</summary>
public sealed record InvalidInput(CommandError Error) : Notice;

public sealed record HelpText(IReadOnlyList<string> Lines) : Notice;

/// <summary>
/// <c>/watch mod add|remove</c> done, or nothing to do (<paramref name="AlreadySo"/>: already a
/// moderator, or not one that was added). <paramref name="BuiltIn"/> says why someone already
/// moderates without being added (configuration, a permission, a role). Ids are shown as text, never as mentions.
/// </summary>
public sealed record ModeratorChanged(string UserId, bool Added, bool AlreadySo, string? BuiltIn) : Notice;

/// <summary><c>/watch mod list</c>: configured ids, ids added with the command, and who else moderates, in words.</summary>
public sealed record ModeratorsListed(IReadOnlyList<string> Configured, IReadOnlyList<string> Added, string WhoModerates) : Notice;
