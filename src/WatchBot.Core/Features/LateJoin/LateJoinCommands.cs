using WatchBot.Core.Grammar;

namespace WatchBot.Core.Features.LateJoin;

// The late-join feature's commands, together: each is one line.

/// <summary>"I'm late": a private countdown to the moment to press play, from a position to seek to.</summary>
public sealed record JoinCommand : WatchCommand
{
    public override string Name => "join";
}

/// <summary>"My player shows <paramref name="At"/> right now": how far from the shared clock, and what to do.</summary>
public sealed record CheckCommand(TimeSpan At) : WatchCommand
{
    public override string Name => "check";
}
