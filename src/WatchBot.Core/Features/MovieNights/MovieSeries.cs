using System.Collections.Immutable;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;

namespace WatchBot.Core.Features.MovieNights;

/// <summary>
/// A recurring movie night: the rule its occurrences follow, kept in local time so 21:00 Paris stays
/// 21:00 Paris across daylight-saving changes. The next occurrence always exists as a booked session
/// (<see cref="WatchSession.Occurrence"/>); the series remembers the latest it booked, so occurrences
/// are generated from what is stored, never lost or doubled by a restart.
/// </summary>
public sealed record MovieSeries
{
    public required SeriesId Id { get; init; }

    public required ChannelAddress Channel { get; init; }

    /// <summary>The title each new occurrence gets (one occurrence may be renamed on its own).</summary>
    public required string Title { get; init; }

    public required UserRef Host { get; init; }

    /// <summary>The IANA zone <see cref="LocalTime"/> and the dates are in.</summary>
    public required string TimeZone { get; init; }

    /// <summary>The local time of day every occurrence starts at.</summary>
    public required TimeOnly LocalTime { get; init; }

    /// <summary>The first occurrence's local date: the weekday (and week of the month) the rule repeats.</summary>
    public required DateOnly FirstDate { get; init; }

    public required Recurrence Repeat { get; init; }

    /// <summary>No occurrence after this local date; null: until the series is ended.</summary>
    public DateOnly? Until { get; init; }

    public TimeSpan? Runtime { get; init; }

    public ControlPolicy? Policy { get; init; }

    /// <summary>Seats each occurrence offers; null: no cap.</summary>
    public int? Seats { get; init; }

    /// <summary>
    /// Reminder leads each occurrence gets, resolved when the series was set up (the configured
    /// defaults unless <c>reminders:</c> said otherwise); empty: no reminders, as on a session.
    /// </summary>
    public ImmutableList<TimeSpan> ReminderLeads { get; init; } = [];

    /// <summary>Occurrence dates that were skipped: never booked again.</summary>
    public ImmutableHashSet<DateOnly> Skipped { get; init; } = [];

    /// <summary>The latest occurrence date booked as a session; null before the first.</summary>
    public DateOnly? LastBooked { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the series was ended (no more occurrences); null while it runs.</summary>
    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>The stored version this value was read at (0: never stored).</summary>
    public long Version { get; init; }
}
