using WatchBot.Core.Features.MovieNights;
using WatchBot.Core.Features.Sessions.ReadyChecks;
using WatchBot.Core.Grammar;

namespace WatchBot.Core.Features.Sessions.Commands;

// The session feature's commands, one file on purpose: each record is one line, and reading them
// together is reading the grammar.

/// <summary>Start now: a countdown, then playback from 0:00:00.</summary>
public sealed record StartCommand(string Title, TimeSpan? CountdownIn, TimeSpan? Runtime, ControlPolicy? Policy) : WatchCommand, IRatedCommand
{
    public override string Name => "start";

    /// <inheritdoc/>
    public bool Adult { get; init; }

    /// <summary>A ready check (<c>ready:</c>, <c>wait:</c>) that holds the countdown; null: none.</summary>
    public ReadyRequest? Ready { get; init; }
}

/// <summary>Plan a session for a later instant.</summary>
public sealed record ScheduleCommand(string Title, ScheduleTime At, TimeSpan? Runtime, ControlPolicy? Policy) : WatchCommand, IRatedCommand
{
    public override string Name => "schedule";

    /// <inheritdoc/>
    public bool Adult { get; init; }

    /// <summary>Set: a repeating movie night (its first occurrence is this booking); null: one booking.</summary>
    public Recurrence? Repeat { get; init; }

    /// <summary>With <see cref="Repeat"/>: the last local date an occurrence may fall on.</summary>
    public DateOnly? Until { get; init; }

    /// <summary>A ready check (<c>ready:</c>, <c>wait:</c>) that opens before the start and holds it; null: none.</summary>
    public ReadyRequest? Ready { get; init; }

    /// <summary>How many may say going (<c>seats:</c>); null: no cap.</summary>
    public int? Seats { get; init; }

    /// <summary>Reminder leads (<c>reminders:</c>), longest first; empty: off; null: the configured defaults.</summary>
    public System.Collections.Immutable.ImmutableList<TimeSpan>? ReminderLeads { get; init; }
}

/// <summary>Say "I'm ready" (RSVP for a scheduled session).</summary>
public sealed record ReadyCommand : WatchCommand
{
    public override string Name => "ready";
}

public sealed record PauseCommand : WatchCommand
{
    public override string Name => "pause";
}

/// <summary>Resume after a short countdown from the paused position.</summary>
public sealed record ResumeCommand(TimeSpan? CountdownIn) : WatchCommand
{
    public override string Name => "resume";
}

/// <summary>Move the shared clock to an absolute position, or by a signed offset.</summary>
public sealed record SeekCommand(TimeSpan Offset, bool IsRelative) : WatchCommand
{
    public override string Name => "seek";
}

/// <summary>A reaction, stamped with the media position when it arrives.</summary>
public sealed record ReactCommand(string Emoji, string? Note) : WatchCommand
{
    public override string Name => "react";
}

public sealed record StatusCommand : WatchCommand
{
    public override string Name => "status";
}

public sealed record EndCommand : WatchCommand
{
    public override string Name => "end";
}

/// <summary>Give the live session (or, with none live, the next booked one) a new title.</summary>
public sealed record RenameCommand(string Title) : WatchCommand
{
    public override string Name => "rename";
}
