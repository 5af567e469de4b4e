using WatchBot.Core.Features.Sessions;

namespace WatchBot.Core.Features.Recaps;

/// <summary>The top moments of a session: its reactions clustered by media position, busiest first.</summary>
public static class RecapMoments
{
    /// <summary>
    /// A moment holds the reactions within this of its first one; the next starts a new moment. Measured
    /// from the first, not chained, so an evening of steady reactions still has peaks to rank.
    /// </summary>
    public static readonly TimeSpan Gap = TimeSpan.FromSeconds(30);

    /// <summary>At most this many moments are kept: the recap names the peaks, the timeline has the rest.</summary>
    public const int Max = 5;

    /// <summary>
    /// The busiest moments, most reactions first (ties: the earlier first). A lone reaction is a moment
    /// only when nothing busier exists, so a quiet evening still shows where people reacted.
    /// </summary>
    public static IReadOnlyList<RecapMoment> Of(IReadOnlyList<Reaction> reactions)
    {
        ArgumentNullException.ThrowIfNull(reactions);
        var clusters = new List<List<Reaction>>();
        foreach (var reaction in reactions.OrderBy(r => r.Position).ThenBy(r => r.Sequence))
        {
            if (clusters.Count > 0 && reaction.Position - clusters[^1][0].Position <= Gap)
            {
                clusters[^1].Add(reaction);
            }
            else
            {
                clusters.Add([reaction]);
            }
        }

        var ranked = clusters.OrderByDescending(c => c.Count).ThenBy(c => c[0].Position).ToList();
        if (ranked.Count > 0 && ranked[0].Count > 1)
        {
            ranked = [.. ranked.Where(c => c.Count > 1)];
        }

        return [.. ranked.Take(Max).Select(c => new RecapMoment(c[0].Position, c.Count, EmojiCount.Of(c.Select(r => r.Emoji))))];
    }
}
