using WatchBot.Core.Kernel;

namespace WatchBot.Core.Sessions;

/// <summary>Identifies one watch session; short enough to show to people and to carry in a job key.</summary>
public readonly record struct SessionId(string Value)
{
    /// <summary>The sessions' aggregate kind, stored with their timers: never rename it.</summary>
    public const string AggregateKind = "session";

    /// <summary>This session as an aggregate, for timers and commits the engine routes by kind.</summary>
    public AggregateKey Aggregate => new(AggregateKind, Value);

    /// <summary>A fresh random id (12 hex characters: collisions are irrelevant at one bot's scale).</summary>
    public static SessionId New() => new(Guid.NewGuid().ToString("N")[..12]);

    public override string ToString() => Value;
}
