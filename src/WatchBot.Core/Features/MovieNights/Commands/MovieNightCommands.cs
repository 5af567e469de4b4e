using WatchBot.Core.Features.Sessions.Commands;
using WatchBot.Core.Grammar;

namespace WatchBot.Core.Features.MovieNights.Commands;

// The movie-night feature's booking and series commands, one file on purpose: each record is a line.

/// <summary>Cancel the channel's next booking, or the one titled <paramref name="Title"/>.</summary>
public sealed record CancelCommand(string? Title) : WatchCommand
{
    public override string Name => "cancel";
}

/// <summary>Move the channel's next booking (or the one titled <paramref name="Title"/>) to <paramref name="At"/>.</summary>
public sealed record RescheduleCommand(ScheduleTime At, string? Title) : WatchCommand
{
    public override string Name => "reschedule";
}

/// <summary>Skip the next occurrence of the channel's series (or of the one titled <paramref name="Title"/>).</summary>
public sealed record SkipCommand(string? Title) : WatchCommand
{
    public override string Name => "skip";
}

/// <summary>What <c>/watch series</c> does.</summary>
public enum SeriesVerb
{
    /// <summary>List the channel's series (privately).</summary>
    List,

    /// <summary>End a series: no more occurrences; its booked one is cancelled.</summary>
    End,
}

/// <summary><c>/watch series</c>, <c>/watch series end</c>.</summary>
public sealed record SeriesCommand(SeriesVerb Verb, string? Title) : WatchCommand
{
    public override string Name => "series";
}

/// <summary>
/// Not typed by anyone (no declaration): the engine's request that <paramref name="Series"/> has its
/// next occurrence booked. Decided like a command so it runs under the channel's gate and commits with
/// the series in one transaction; deciding it twice books once.
/// </summary>
public sealed record EnsureNextOccurrenceCommand(SeriesId Series) : WatchCommand
{
    public override string Name => "series";
}
