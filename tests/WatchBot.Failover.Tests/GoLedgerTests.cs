namespace WatchBot.Failover.Tests;

public sealed class GoLedgerTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 0, 5, 0, TimeSpan.Zero);

    [Fact]
    public void EachChannel_IsCountedOnce_Missing_OrDoubled_AndOtherChannelsAreIgnored()
    {
        var ledger = GoLedger.Of(
            [
                Go("a", 1), Go("b", 2), Go("b", 3),
                Late("c", 14),
                Go("e", 6), Late("e", 8),
                new("a", Start.AddSeconds(-60), "Night starts <t:1:R>", true),
                Go("elsewhere", 1),
            ],
            ["a", "b", "c", "d", "e"]);

        // A GO's late form is that channel's one start announcement; a GO and a late form are two.
        Assert.Equal(2, ledger.Once);
        Assert.Equal(["d"], ledger.Missing);
        Assert.Equal(["b", "e"], ledger.Doubled);
        Assert.Equal(2, ledger.LateStarts);
        Assert.False(ledger.Complete);
        Assert.Equal(Start.AddSeconds(2), ledger.FirstGo("b"));
        Assert.Equal(Start.AddSeconds(14), ledger.FirstGo("c"));
        Assert.Null(ledger.FirstGo("d"));
    }

    [Fact]
    public void Lateness_IsEachChannelsFirstGo_FromTheStart_Ascending()
    {
        var ledger = GoLedger.Of([Go("a", 7.5), Go("b", 0.25), Go("b", 9)], ["a", "b"]);

        Assert.True(ledger.Complete);
        Assert.Equal([0.25, 7.5], ledger.LatenessSeconds(Start));
    }

    private static ChannelMessage Late(string channel, double secondsAfterStart) =>
        new(channel, Start.AddSeconds(secondsAfterStart), $"▶ Night started {secondsAfterStart}s ago — now at 0:00:{secondsAfterStart:00}.", false);

    private static ChannelMessage Go(string channel, double secondsAfterStart) =>
        new(channel, Start.AddSeconds(secondsAfterStart), "▶ **GO!** Night is playing from 0:00:00 — press play now.", false);
}
