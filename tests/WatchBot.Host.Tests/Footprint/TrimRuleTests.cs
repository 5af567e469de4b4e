using WatchBot.Footprint;

namespace WatchBot.Host.Tests.Footprint;

public sealed class TrimRuleTests
{
    private static readonly TrimRule Rule = new(BusyBytes: 100, QuietBytes: 10);

    [Theory]
    [InlineData(false, 5, false, false)]    // quiet, no burst before: nothing to give back
    [InlineData(false, 50, false, false)]   // some work, not a burst
    [InlineData(false, 100, true, false)]   // a burst starts: wait for it to end
    [InlineData(true, 500, true, false)]    // still busy
    [InlineData(true, 50, true, false)]     // winding down, not quiet yet
    [InlineData(true, 10, false, true)]     // quiet after a burst: trim, once
    public void Next_DecidesFromTheAllocationsSinceTheLastLook(bool busy, long allocated, bool busyAfter, bool trim)
    {
        Assert.Equal((busyAfter, trim), Rule.Next(busy, allocated));
    }
}
