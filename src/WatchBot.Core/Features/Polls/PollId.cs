using WatchBot.Core.Kernel;

namespace WatchBot.Core.Features.Polls;

/// <summary>Identifies one movie poll.</summary>
public readonly record struct PollId(string Value)
{
    /// <summary>The polls' aggregate kind, stored with their commits: never rename it.</summary>
    public const string AggregateKind = "poll";

    public AggregateKey Aggregate => new(AggregateKind, Value);

    public override string ToString() => Value;
}
