using WatchBot.Core.Features.Recaps;
using WatchBot.Core.Features.Sessions;
using static WatchBot.Core.Tests.Given;

namespace WatchBot.Core.Tests.Features.Recaps;

public sealed class RecapChartTests
{
    [Fact]
    public void Of_NoReactions_IsNoChart()
    {
        Assert.Null(RecapChart.Of([], Hour));
    }

    [Fact]
    public void Of_ATwoHourFilm_UsesTheSmallestCountableWidth_WithinSixtyBuckets()
    {
        var chart = Chart(TimeSpan.FromHours(2), ("😂", 0));

        Assert.Equal(TimeSpan.FromMinutes(2), chart.BucketWidth);
        Assert.Equal(60, chart.BucketCount);
        Assert.Equal(TimeSpan.FromHours(2), chart.Length);
    }

    [Fact]
    public void Of_CountsEachReactionInItsBucket_AndAReactionAfterTheEndStretchesTheChart()
    {
        var chart = Chart(TimeSpan.FromMinutes(10), ("😂", 0), ("😂", 14), ("😂", 15), ("😱", 15), ("😂", 700));

        Assert.Equal(TimeSpan.FromSeconds(700), chart.Length);
        Assert.Equal(TimeSpan.FromSeconds(15), chart.BucketWidth);
        var laughs = chart.Series[0];
        Assert.Equal("😂", laughs.Emoji);
        Assert.Equal([2, 1], laughs.Counts.Take(2));
        Assert.Equal(1, laughs.Counts[^1]);
        Assert.Equal(4, laughs.Counts.Sum());
        Assert.Equal([0, 1], chart.Series[1].Counts.Take(2));
    }

    [Fact]
    public void Series_FiveEmojiAreDrawnEach_ASixthMakesTheLeastUsedOther()
    {
        var five = Chart(Hour, ("a", 1), ("a", 2), ("b", 3), ("c", 4), ("d", 5), ("e", 6));
        var six = Chart(Hour, ("a", 1), ("a", 2), ("b", 3), ("b", 3), ("c", 4), ("d", 5), ("e", 6), ("f", 7));

        Assert.Equal(["a", "b", "c", "d", "e"], five.Series.Select(s => s.Emoji));
        Assert.Equal(["a", "b", "c", "d", null], six.Series.Select(s => s.Emoji));
        Assert.Equal(2, six.Series[^1].Counts.Sum());
        Assert.Equal(8, six.Series.Sum(s => s.Counts.Sum()));
    }

    [Fact]
    public void Moments_ClusterWithinThirtySeconds_TopThreeInMediaOrder_WithTheirMostUsedEmoji()
    {
        var chart = Chart(
            Hour,
            ("x", 300),
            ("😂", 600), ("😱", 620), ("😂", 629),
            ("😱", 3000), ("😱", 3010),
            ("🍿", 3300), ("🍿", 3330),
            ("x", 3361));

        Assert.Equal(
            [new ChartMoment(TimeSpan.FromSeconds(600), 3, "😂"), new ChartMoment(TimeSpan.FromSeconds(3000), 2, "😱"), new ChartMoment(TimeSpan.FromSeconds(3300), 2, "🍿")],
            chart.Moments);
    }

    [Fact]
    public void WithReactions_SetsTheChart_FromTheReactionsItIsGiven()
    {
        Reaction[] shown = [new(1, "😂", null, Minute, Bob.User, T0)];
        var recap = Recap.Of(Playing(TimeSpan.Zero), T0 + Hour).WithReactions(shown);

        var chart = Assert.IsType<RecapChart>(recap.Chart);
        Assert.Equal(Hour, chart.Length);
        Assert.Equal(1, Assert.Single(chart.Series).Counts.Sum());
    }

    [Fact]
    public void Description_NamesOnlyEmoji_NeverPeopleOrNotes()
    {
        Reaction[] shown = [new(1, "😂", "secret note", Minute, Bob.User, T0)];
        var chart = RecapChart.Of(shown, Hour)!;

        var json = System.Text.Json.JsonSerializer.Serialize(chart);

        Assert.Contains("Counts", json, StringComparison.Ordinal);
        Assert.DoesNotContain(Bob.User.DisplayName, json, StringComparison.Ordinal);
        Assert.DoesNotContain(Bob.User.Key.Id, json, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", json, StringComparison.Ordinal);
        Assert.Contains("😂", chart.Description, StringComparison.Ordinal);
    }

    private static RecapChart Chart(TimeSpan end, params (string Emoji, int Seconds)[] reactions) =>
        RecapChart.Of([.. reactions.Select((r, i) => new Reaction(i + 1, r.Emoji, null, TimeSpan.FromSeconds(r.Seconds), Bob.User, T0))], end)!;
}
