namespace WatchBot.Core.Features.Recaps;

/// <summary>One emoji's reactions across the film, one count per bucket of <see cref="RecapChart"/>.</summary>
/// <param name="Emoji">The emoji, or null for all the others taken together.</param>
/// <param name="Counts">Reactions in each bucket, in media order.</param>
public sealed record RecapSeries(string? Emoji, IReadOnlyList<int> Counts)
{
    // By value, counts included: a chart read back from the outbox equals the one stored.
    public bool Equals(RecapSeries? other) => other is not null && Emoji == other.Emoji && Counts.SequenceEqual(other.Counts);

    public override int GetHashCode() => HashCode.Combine(Emoji, Counts.Count);
}
