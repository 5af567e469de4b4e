namespace WatchBot.Core.Views;

/// <summary>
/// A message that stands for something's current state and is edited in place as it changes (a
/// session's message): posted once per <paramref name="Key"/>, then edited. A platform may replace a
/// card still waiting to be sent with a newer one of the same key: only the latest state matters.
/// </summary>
/// <param name="Key">What the card is about, stable across edits (e.g. <c>session:{id}</c>).</param>
/// <param name="Lines">The headline first, then facts.</param>
/// <param name="Actions">Rows of actions; empty when nothing can be done any more (the card's actions are removed).</param>
public sealed record Card(string Key, IReadOnlyList<ViewLine> Lines, IReadOnlyList<IReadOnlyList<ViewAction>> Actions)
{
    /// <summary>A menu to pick from, drawn on its own row before the actions; null for none (a menu shown before is removed).</summary>
    public ViewChoice? Choice { get; init; }

    public bool Equals(Card? other) =>
        other is not null && Key == other.Key && Lines.SequenceEqual(other.Lines) && Equals(Choice, other.Choice)
        && Actions.Count == other.Actions.Count && Actions.Zip(other.Actions).All(p => p.First.SequenceEqual(p.Second));

    public override int GetHashCode() => HashCode.Combine(Key, Lines.Count, Actions.Count);
}
