using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Views;

namespace WatchBot.Core.Features.Recaps;

/// <summary>
/// The recap's picture as data: reactions per bucket of media time for the most used emoji (the rest
/// as "other"), and the busiest moments. It holds no names and no notes, only emoji, counts and
/// positions, so the image drawn from it names nobody.
/// </summary>
/// <param name="Length">The span of media time drawn: the final position, or the last reaction if later.</param>
/// <param name="BucketWidth">Media time each bucket covers.</param>
/// <param name="Series">One per emoji drawn, most used first; the "other" series (if any) last.</param>
/// <param name="Moments">The busiest moments, in media order (at most <see cref="MaxMoments"/>).</param>
public sealed record RecapChart(TimeSpan Length, TimeSpan BucketWidth, IReadOnlyList<RecapSeries> Series, IReadOnlyList<ChartMoment> Moments) : Picture
{
    public const int MaxBuckets = 60;
    public const int MaxSeries = 5;
    public const int MaxMoments = 3;

    /// <summary>Reactions within this span of a moment's first reaction belong to that moment.</summary>
    public static readonly TimeSpan MomentWidth = TimeSpan.FromSeconds(30);

    // Bucket widths a reader can count in; the smallest that keeps the chart within MaxBuckets wins.
    private static readonly TimeSpan[] Widths = [.. new[] { 5, 10, 15, 30, 60, 120, 180, 300, 600, 900, 1800, 3600 }.Select(s => TimeSpan.FromSeconds(s))];

    public int BucketCount => Series.Count == 0 ? 0 : Series[0].Counts.Count;

    // By value, lists included: a chart read back from the outbox equals the one stored.
    public bool Equals(RecapChart? other) =>
        other is not null && FileName == other.FileName && Length == other.Length && BucketWidth == other.BucketWidth
        && Series.SequenceEqual(other.Series) && Moments.SequenceEqual(other.Moments);

    public override int GetHashCode() => HashCode.Combine(FileName, Length, BucketWidth, Series.Count, Moments.Count);

    public override string Description => $"Reactions over the film: {string.Join(", ", Series.Select(s => s.Emoji ?? "other"))} per {BucketWidth.TotalSeconds:0} s";

    /// <summary>
    /// The chart of <paramref name="reactions"/> (already without those of people kicked) over a film
    /// that ended at <paramref name="finalPosition"/>; null when there is no reaction to draw.
    /// </summary>
    public static RecapChart? Of(IReadOnlyList<Reaction> reactions, TimeSpan finalPosition)
    {
        ArgumentNullException.ThrowIfNull(reactions);
        if (reactions.Count == 0)
        {
            return null;
        }

        var length = new[] { finalPosition, reactions.Max(r => r.Position), TimeSpan.FromSeconds(1) }.Max();
        var width = Widths.FirstOrDefault(w => Buckets(length, w) <= MaxBuckets, TimeSpan.Zero);
        if (width == TimeSpan.Zero)
        {
            width = TimeSpan.FromSeconds(Math.Ceiling(length.TotalSeconds / MaxBuckets));
        }

        return new RecapChart(length, width, SeriesOf(reactions, width, Buckets(length, width)), MomentsOf(reactions)) { FileName = "recap.png" };
    }

    private static int Buckets(TimeSpan length, TimeSpan width) => Math.Max(1, (int)Math.Ceiling(length / width));

    private static List<RecapSeries> SeriesOf(IReadOnlyList<Reaction> reactions, TimeSpan width, int buckets)
    {
        var ranked = reactions
            .GroupBy(r => r.Emoji, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .ToList();

        // A fifth emoji is drawn as itself rather than as an "other" of one kind.
        var named = ranked.Count <= MaxSeries ? ranked : ranked.Take(MaxSeries - 1).ToList();
        var series = named.Select(e => (Emoji: (string?)e, Counts: new int[buckets])).ToList();
        if (named.Count < ranked.Count)
        {
            series.Add((null, new int[buckets]));
        }

        foreach (var reaction in reactions)
        {
            var index = named.IndexOf(reaction.Emoji);
            var bucket = Math.Clamp((int)(reaction.Position / width), 0, buckets - 1);
            series[index < 0 ? series.Count - 1 : index].Counts[bucket]++;
        }

        return [.. series.Select(s => new RecapSeries(s.Emoji, s.Counts))];
    }

    private static List<ChartMoment> MomentsOf(IReadOnlyList<Reaction> reactions)
    {
        // Clusters in media order: a reaction more than MomentWidth after the cluster's first opens a new one.
        var clusters = new List<List<Reaction>>();
        foreach (var reaction in reactions.OrderBy(r => r.Position).ThenBy(r => r.Sequence))
        {
            if (clusters.Count == 0 || reaction.Position - clusters[^1][0].Position > MomentWidth)
            {
                clusters.Add([]);
            }

            clusters[^1].Add(reaction);
        }

        return [.. clusters
            .Select((c, i) => (Cluster: c, Index: i))
            .OrderByDescending(x => x.Cluster.Count).ThenBy(x => x.Index)
            .Take(MaxMoments)
            .OrderBy(x => x.Index)
            .Select(x => new ChartMoment(
                x.Cluster[0].Position,
                x.Cluster.Count,
                x.Cluster.GroupBy(r => r.Emoji, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key))];
    }
}
