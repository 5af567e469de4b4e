namespace WatchBot.Core.Tests.Rules;

/// <summary>What a channel holds when a command arrives: one row of the phase × command matrix.</summary>
public enum Situation
{
    /// <summary>No session at all.</summary>
    EmptyChannel,

    /// <summary>Only a scheduled session, waiting for its time.</summary>
    ScheduledOnly,

    CountingDown,

    Playing,

    Paused,

    /// <summary>The last session ended: it is no longer live, so the channel is free.</summary>
    AfterEnd,
}
