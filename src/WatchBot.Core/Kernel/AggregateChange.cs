namespace WatchBot.Core.Kernel;

/// <summary>
/// A new value of an aggregate that a decision saves beside its main one, in the same transaction.
/// Each feature derives its own change (the new poll, its votes); the store has one writer per
/// <see cref="AggregateKey.Kind"/> and refuses the whole commit if the stored version moved on.
/// </summary>
/// <param name="Key">Which aggregate.</param>
/// <param name="ExpectedVersion">The version it was read at (0: it must not exist yet).</param>
public abstract record AggregateChange(AggregateKey Key, long ExpectedVersion);
