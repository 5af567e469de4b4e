using System.Collections.Immutable;
using WatchBot.Core.Kernel;

namespace WatchBot.Core.Features.Sessions;

/// <summary>
/// The little a session keeps about its reactions: how many there are (the next sequence number, the
/// count on the card) and when each person last reacted (the per-person rate limit). It grows with
/// the people who react, never with the reactions, so a command costs the same in a long session.
/// </summary>
/// <param name="Count">Reactions so far; the last one's sequence number.</param>
/// <param name="LastAt">Person → the instant of that person's latest reaction.</param>
public sealed record ReactionSummary(int Count, ImmutableDictionary<UserKey, DateTimeOffset> LastAt)
{
    public static readonly ReactionSummary None = new(0, ImmutableDictionary<UserKey, DateTimeOffset>.Empty);

    /// <summary>
    /// Person → how many reactions they made, so the reactions of people kicked from the session can
    /// be left out of the count shown (<see cref="VisibleCount"/>). Empty for rows stored before it existed.
    /// </summary>
    public ImmutableDictionary<UserKey, int> CountBy { get; init; } = ImmutableDictionary<UserKey, int>.Empty;

    /// <summary>The reactions shown: all but those of <paramref name="hidden"/> (people kicked from the session).</summary>
    public int VisibleCount(IReadOnlySet<UserKey> hidden)
    {
        ArgumentNullException.ThrowIfNull(hidden);
        return Math.Max(0, Count - CountBy.Where(pair => hidden.Contains(pair.Key)).Sum(pair => pair.Value));
    }

    /// <summary>When <paramref name="user"/> last reacted, if ever.</summary>
    public DateTimeOffset? LastBy(UserKey user) => LastAt.TryGetValue(user, out var at) ? at : null;

    /// <summary>This summary with <paramref name="reaction"/> counted.</summary>
    public ReactionSummary With(Reaction reaction)
    {
        ArgumentNullException.ThrowIfNull(reaction);
        var key = reaction.By.Key;
        return new(Count + 1, LastAt.SetItem(key, reaction.At)) { CountBy = CountBy.SetItem(key, CountBy.GetValueOrDefault(key) + 1) };
    }

    // Value equality: the same count and the same instants per person (a record compares dictionaries by reference).
    public bool Equals(ReactionSummary? other) =>
        other is not null && Count == other.Count && LastAt.Count == other.LastAt.Count
        && LastAt.All(pair => other.LastAt.TryGetValue(pair.Key, out var at) && at == pair.Value)
        && CountBy.Count == other.CountBy.Count
        && CountBy.All(pair => other.CountBy.TryGetValue(pair.Key, out var n) && n == pair.Value);

    public override int GetHashCode() => HashCode.Combine(Count, LastAt.Count);
}
