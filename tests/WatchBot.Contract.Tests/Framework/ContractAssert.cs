namespace WatchBot.Contract.Tests.Framework;

/// <summary>The contract's assertions over transcripts.</summary>
public static class ContractAssert
{
    /// <summary>
    /// The platform received exactly its markup of every view (nothing missing, nothing extra), and
    /// each answer to the sender is its markup of the reply the engine made for that command.
    /// </summary>
    public static void AssertDelivered(Transcript run)
    {
        ArgumentNullException.ThrowIfNull(run);
        Assert.Equal(Sorted(run.Expected), Sorted(run.Received));

        // The answers expected come from the platform-free reference run: it must have shown what the platform was shown.
        Assert.Equal(ViewShape.Of(run.ReferenceViews), ViewShape.Of(run.Views));
        Assert.All(run.Replies, r => Assert.Equal(r.Drawn, r.Received));
    }

    /// <summary>The engine showed the same sequence of views on both platforms (ids and instants compared structurally).</summary>
    public static void AssertSameViews(Transcript one, Transcript other)
    {
        ArgumentNullException.ThrowIfNull(one);
        ArgumentNullException.ThrowIfNull(other);
        Assert.Equal(ViewShape.Of(one.Views), ViewShape.Of(other.Views));
    }

    private static List<string> Sorted(IEnumerable<Delivery> deliveries) =>
        [.. deliveries.Select(d => d.ToString()).Order(StringComparer.Ordinal)];
}
