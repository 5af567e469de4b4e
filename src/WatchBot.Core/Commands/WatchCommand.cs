using WatchBot.Core.Sessions;

namespace WatchBot.Core.Commands;

// The command hierarchy is kept in one file on purpose: each record is one line, and reading them
// together is reading the grammar. Every platform produces these, typed or structured.

/// <summary>One thing a person asked WatchBot to do: the same for the shell, Discord and Slack.</summary>
public abstract record WatchCommand
{
    /// <summary>The sub-command name as people type it (<c>start</c>, <c>seek</c>…).</summary>
    public abstract string Name { get; }
}

/// <summary>Start now: a countdown, then playback from 0:00:00.</summary>
public sealed record StartCommand(string Title, TimeSpan? CountdownIn, TimeSpan? Runtime, ControlPolicy? Policy) : WatchCommand
{
    public override string Name => "start";
}

/// <summary>Plan a session for a later instant.</summary>
public sealed record ScheduleCommand(string Title, ScheduleTime At, TimeSpan? Runtime, ControlPolicy? Policy) : WatchCommand
{
    public override string Name => "schedule";
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

public sealed record HelpCommand : WatchCommand
{
    public override string Name => "help";
}

/// <summary>
/// Moderator management (<c>/watch mod add|remove|list</c>). <paramref name="User"/> is the person as
/// the platform sent it (a shell name, a Slack <c>&lt;@U…&gt;</c> mention, a Discord snowflake); each
/// platform reads its own form. Handled by the engine's moderator service, not the session rules.
/// </summary>
public sealed record ModCommand(ModVerb Verb, string? User) : WatchCommand
{
    public override string Name => "mod";
}

public enum ModVerb
{
    List,
    Add,
    Remove,
}
