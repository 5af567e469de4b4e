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
                new("c", Start.AddSeconds(4), "▶ Night started 4s ago — now at 0:00:04.", false),
                new("a", Start.AddSeconds(-60), "Night starts <t:1:R>", true),
                Go("elsewhere", 1),
            ],
            ["a", "b", "c"]);

        Assert.Equal(1, ledger.Once);
        Assert.Equal(["c"], ledger.Missing);
        Assert.Equal(["b"], ledger.Doubled);
        Assert.Equal(1, ledger.LateStarts);
        Assert.False(ledger.Complete);
        Assert.Equal(Start.AddSeconds(2), ledger.FirstGo("b"));
        Assert.Null(ledger.FirstGo("c"));
    }

    [Fact]
    public void Lateness_IsEachChannelsFirstGo_FromTheStart_Ascending()
    {
        var ledger = GoLedger.Of([Go("a", 7.5), Go("b", 0.25), Go("b", 9)], ["a", "b"]);

        Assert.True(ledger.Complete);
        Assert.Equal([0.25, 7.5], ledger.LatenessSeconds(Start));
    }

    private static ChannelMessage Go(string channel, double secondsAfterStart) =>
        new(channel, Start.AddSeconds(secondsAfterStart), "▶ **GO!** Night is playing from 0:00:00 — press play now.", false);
}
