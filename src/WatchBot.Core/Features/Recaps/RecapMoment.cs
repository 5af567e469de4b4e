namespace WatchBot.Core.Features.Recaps;

/// <summary>
/// A burst of reactions: all within <see cref="RecapMoments.Gap"/> of its first one, in media order.
/// </summary>
/// <param name="At">Where it began: the media position of its first reaction.</param>
/// <param name="Count">How many reactions it holds.</param>
/// <param name="Emoji">Its emoji, most used first.</param>
public sealed record RecapMoment(TimeSpan At, int Count, IReadOnlyList<EmojiCount> Emoji)
{
    public bool Equals(RecapMoment? other) => other is not null && At == other.At && Count == other.Count && Emoji.SequenceEqual(other.Emoji);

    public override int GetHashCode() => HashCode.Combine(At, Count);
}
