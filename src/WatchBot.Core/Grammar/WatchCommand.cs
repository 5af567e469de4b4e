
namespace WatchBot.Core.Grammar;

// A command is what a person asked for, the same from every platform; each feature declares its own.

/// <summary>One thing a person asked WatchBot to do: the same for the shell, Discord and Slack.</summary>
public abstract record WatchCommand
{
    /// <summary>The sub-command name as people type it (<c>start</c>, <c>seek</c>…).</summary>
    public abstract string Name { get; }

    /// <summary>
    /// The session whose card the command was pressed on (<see cref="CardActions"/>); null when it was
    /// typed. A rule that acts on one booking among several (an RSVP) acts on this one.
    /// </summary>
    public Features.Sessions.SessionId? Session { get; init; }
}

public sealed record HelpCommand : WatchCommand
{
    public override string Name => "help";
}
