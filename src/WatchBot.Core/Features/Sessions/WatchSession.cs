using System.Collections.Immutable;
using WatchBot.Core.Features.Breaks;
using WatchBot.Core.Features.MovieNights;
using WatchBot.Core.Features.Sessions.ReadyChecks;
using WatchBot.Core.Kernel;

namespace WatchBot.Core.Features.Sessions;

/// <summary>
/// One watch session: an immutable value. The rules return a new value for every change, and the
/// store saves it whole, so a half-applied command cannot exist.
/// </summary>
public sealed record WatchSession
{
    public required SessionId Id { get; init; }

    public required ChannelAddress Channel { get; init; }

    /// <summary>What is being watched, as the host typed it (cleaned of control characters).</summary>
    public required string Title { get; init; }

    public required UserRef Host { get; init; }

    public required SessionPhase Phase { get; init; }

    public required MediaClock Clock { get; init; }

    public ControlPolicy Policy { get; init; } = ControlPolicy.HostAndModerators;

    /// <summary>For a scheduled session: when playback is planned to start.</summary>
    public DateTimeOffset? ScheduledFor { get; init; }

    /// <summary>While counting down: the instant everyone presses play.</summary>
    public DateTimeOffset? CountdownTarget { get; init; }

    /// <summary>
    /// For a scheduled session whose start found another session live in the channel: when it began
    /// to wait. It starts its countdown once the channel is free, or is given up after the grace period.
    /// </summary>
    public DateTimeOffset? WaitingSince { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When playback first started (the first GO); null before.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    public DateTimeOffset? EndedAt { get; init; }

    public EndReason? EndReason { get; init; }

    /// <summary>Everyone who took part (host, ready, reacted), in order of arrival, once each.</summary>
    public ImmutableList<UserRef> Participants { get; init; } = [];

    /// <summary>Participants who said they are ready (by platform and id).</summary>
    public ImmutableHashSet<UserKey> ReadyUserIds { get; init; } = [];

    /// <summary>
    /// What decisions need to know about the session's reactions. The reactions themselves are facts
    /// stored apart (a decision appends them); only the recap reads them, when it is built.
    /// </summary>
    public ReactionSummary Reactions { get; init; } = ReactionSummary.None;

    /// <summary>For an occurrence of a recurring movie night: its series and which occurrence; null otherwise.</summary>
    public SeriesOccurrence? Occurrence { get; init; }

    /// <summary>
    /// The IANA zone the booking's time was understood in (the space's, or one the host named), so
    /// echoes, reschedules and the calendar speak the same local time; null for <c>start</c>.
    /// </summary>
    public string? TimeZone { get; init; }

    /// <summary>
    /// Bumped whenever what a calendar or a Discord event shows changes (time, title, cancellation):
    /// the iCalendar SEQUENCE. Unlike <see cref="Version"/>, a ready or an RSVP leaves it alone.
    /// </summary>
    public int Revision { get; init; }

    /// <summary>Answers to "are you coming?", one per person (the latest), in order of first answer.</summary>
    public ImmutableList<Rsvp> Rsvps { get; init; } = [];

    /// <summary>How many may say going; those after are on the waiting list, in order. Null: no cap.</summary>
    public int? Seats { get; init; }

    /// <summary>How long before the start each reminder goes out (to those going), longest first.</summary>
    public ImmutableList<TimeSpan> ReminderLeads { get; init; } = [];

    /// <summary>The leads whose reminder was committed: each is sent once, also across restarts.</summary>
    public ImmutableHashSet<TimeSpan> RemindersSent { get; init; } = [];

    /// <summary>People a moderator removed from this session: their commands on it are refused and their reactions hidden.</summary>
    public ImmutableHashSet<UserKey> Kicked { get; init; } = [];

    /// <summary>Locked by a moderator: only current participants may react, get ready or answer.</summary>
    public bool Locked { get; init; }

    /// <summary>An age-restricted title (<c>rated:18</c>): allowed only in an age-restricted channel, and the card says so.</summary>
    public bool Adult { get; init; }

    /// <summary>
    /// The space's <c>control-above</c> head count as of the latest decision (copied from the space's
    /// settings before each one, not stored): with more participants, playback control falls to the
    /// host and moderators and the card says so.
    /// </summary>
    public int? ControlFallsAbove { get; init; }

    /// <summary>True when the head count is above the space's <see cref="ControlFallsAbove"/>: control is the host's and moderators'.</summary>
    public bool ControlHasFallen => ControlFallsAbove is { } limit && Participants.Count > limit && Policy == ControlPolicy.Everyone;

    /// <summary>The breaks taken (pauses that answered break requests), oldest first, for the recap.</summary>
    public ImmutableList<BreakTaken> BreaksTaken { get; init; } = [];

    /// <summary>Each person's latest ask for a break (open ones wait for approval), oldest first; see <see cref="BreakRequest"/>.</summary>
    public ImmutableList<BreakRequest> BreakRequests { get; init; } = [];

    /// <summary>The ready check asked for with <c>ready:</c> (holding the start, or due to open); null: none.</summary>
    public ReadyCheck? ReadyCheck { get; init; }

    /// <summary>
    /// The stored version this value was read at (0: never stored). A commit names it as the version
    /// it expects, and the store refuses it if another writer has saved since: two writers cannot both apply.
    /// </summary>
    public long Version { get; init; }

    /// <summary>The media position at <paramref name="now"/>.</summary>
    public TimeSpan PositionAt(DateTimeOffset now) => Clock.PositionAt(now);

    /// <summary>This session with <paramref name="user"/> added to the participants, if new.</summary>
    public WatchSession WithParticipant(UserRef user) =>
        Participants.Exists(p => p.Key == user.Key) ? this : this with { Participants = Participants.Add(user) };
}
