using WatchBot.Platform.Inbound;
using WatchBot.Testing;

namespace WatchBot.Platform.Tests.Inbound;

public sealed class DeduplicatorTests
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    private readonly FakeTimeProvider _time = new(TestTime.Start);

    [Fact]
    public void AKey_IsFirstOnce_ForItsWholeWindow_ThenAgain()
    {
        var seen = new Deduplicator(_time, 100);

        Assert.True(seen.FirstTime("1", Window));
        _time.Advance(Window - TimeSpan.FromSeconds(1));
        Assert.False(seen.FirstTime("1", Window));
        Assert.True(seen.FirstTime("2", Window));
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.True(seen.FirstTime("1", Window));
    }

    [Fact]
    public void ARepeat_DoesNotExtendTheWindow()
    {
        var seen = new Deduplicator(_time, 100);
        seen.FirstTime("k", Window);

        _time.Advance(Window / 2);
        Assert.False(seen.FirstTime("k", Window));
        _time.Advance(Window / 2);

        Assert.True(seen.FirstTime("k", Window));
    }

    [Fact]
    public void ExpiredKeys_AreForgotten_SoMemoryStaysBounded()
    {
        var seen = new Deduplicator(_time, 100_000);
        for (var id = 1; id <= 1000; id++)
        {
            seen.FirstTime(id.ToString(System.Globalization.CultureInfo.InvariantCulture), Window);
        }

        _time.Advance(Window);
        seen.FirstTime("5000", Window);

        Assert.Equal(1, seen.Count);
    }

    [Fact]
    public void BeyondCapacity_TheOldestIsForgottenFirst()
    {
        var seen = new Deduplicator(_time, capacity: 2);

        Assert.True(seen.FirstTime("a", Deduplicator.Forever));
        Assert.False(seen.FirstTime("a", Deduplicator.Forever));
        Assert.True(seen.FirstTime("b", Deduplicator.Forever));
        Assert.True(seen.FirstTime("c", Deduplicator.Forever));
        Assert.False(seen.FirstTime("c", Deduplicator.Forever));
        Assert.True(seen.FirstTime("a", Deduplicator.Forever));
        Assert.Equal(2, seen.Count);
    }

    [Fact]
    public void ForeverWindow_NeverExpires()
    {
        var seen = new Deduplicator(_time, 10);
        seen.FirstTime("envelope", Deduplicator.Forever);

        _time.Advance(TimeSpan.FromDays(3650));

        Assert.False(seen.FirstTime("envelope", Deduplicator.Forever));
    }

    [Fact]
    public void ZeroWindow_LetsEveryCallThrough()
    {
        // Slack's ClickDebounce may be 00:00:00: no debounce at all.
        var seen = new Deduplicator(_time, 10);

        Assert.True(seen.FirstTime("click", TimeSpan.Zero));
        Assert.True(seen.FirstTime("click", TimeSpan.Zero));
    }

    [Fact]
    public void AKeySeenAgainAfterExpiry_IsNotForgottenWithItsOldEntry()
    {
        // Mixed windows: "short" expires behind "long" and is remembered again; when its old entry
        // comes out of the arrival order, the fresh one must stay.
        var seen = new Deduplicator(_time, capacity: 3);
        seen.FirstTime("long", TimeSpan.FromHours(1));
        seen.FirstTime("short", TimeSpan.FromMinutes(1));
        _time.Advance(TimeSpan.FromMinutes(2));
        Assert.True(seen.FirstTime("short", TimeSpan.FromMinutes(10)));

        Assert.True(seen.FirstTime("other", TimeSpan.FromHours(1)));

        Assert.False(seen.FirstTime("short", TimeSpan.FromMinutes(10)));
        Assert.False(seen.FirstTime("other", TimeSpan.FromHours(1)));
        Assert.True(seen.FirstTime("long", TimeSpan.FromHours(1)));
    }

    [Fact]
    public async Task ConcurrentCallers_LetEachKeyThroughOnce()
    {
        var seen = new Deduplicator(_time, 100_000);
        var firsts = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
            Enumerable.Range(0, 2000).Count(i => seen.FirstTime(i.ToString(System.Globalization.CultureInfo.InvariantCulture), Window)))));

        Assert.Equal(2000, firsts.Sum());
    }

    [Fact]
    public void NoRoom_IsRefusedAtConstruction() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Deduplicator(_time, 0));
}
