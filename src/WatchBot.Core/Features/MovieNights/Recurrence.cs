namespace WatchBot.Core.Features.MovieNights;

/// <summary>How a series repeats. Stored by name: add members, never rename them.</summary>
public enum RecurrenceKind
{
    /// <summary>Every <see cref="Recurrence.Interval"/> weeks on the first occurrence's weekday.</summary>
    Weekly,

    /// <summary>
    /// Every <see cref="Recurrence.Interval"/> months on the first occurrence's weekday and week of the
    /// month (the first Friday; a fifth weekday becomes the month's last).
    /// </summary>
    MonthlyByWeekday,
}

/// <summary>A series' rule: weekly, every 2 weeks, monthly on the same weekday.</summary>
public sealed record Recurrence(RecurrenceKind Kind, int Interval = 1);
