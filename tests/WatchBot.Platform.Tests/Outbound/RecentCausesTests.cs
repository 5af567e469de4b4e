using WatchBot.Core.Kernel;
using WatchBot.Platform.Outbound;
using WatchBot.Testing;

namespace WatchBot.Platform.Tests.Outbound;

public sealed class RecentCausesTests
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);
    private readonly FakeTimeProvider _time = new(TestTime.Start);

    [Fact]
    public void ExpiredCauses_AreSwept_LiveOnesKept()
    {
        var book = new Book(_time);
        KeepMany(book, "old", 1024);
        _time.Advance(Lifetime);

        KeepMany(book, "new", 1024);

        Assert.Equal(1024, book.Held);
        Assert.Null(book.CauseOf(Channel("old", 0)));
        Assert.NotNull(book.CauseOf(Channel("new", 1023)));
    }

    [Fact]
    public void BookUnderSteadyTraffic_StaysWithinTwiceItsLiveCauses()
    {
        var book = new Book(_time);
        var most = 0;

        // 3,000 channels a minute for an hour: 45,000 live at once; each keeps the book small and the sweeps rare.
        for (var minute = 0; minute < 60; minute++)
        {
            KeepMany(book, "m" + minute, 3000);
            most = Math.Max(most, book.Held);
            _time.Advance(TimeSpan.FromMinutes(1));
        }

        Assert.InRange(most, 45_000, 2 * 48_000);
    }

    [Fact]
    public void CauseOf_SaysNothing_OnceExpired_SweptOrNot()
    {
        var book = new Book(_time);
        book.Add(Channel("a", 1));

        _time.Advance(Lifetime);

        Assert.Equal(1, book.Held);
        Assert.Null(book.CauseOf(Channel("a", 1)));
    }

    private static void KeepMany(Book book, string prefix, int count)
    {
        for (var i = 0; i < count; i++)
        {
            book.Add(Channel(prefix, i));
        }
    }

    private static ChannelAddress Channel(string prefix, int i) => new("test", "space", prefix + "-" + i);

    private sealed record Cause : SendCause;

    private sealed class Book(TimeProvider time) : RecentCauses(time, Lifetime)
    {
        public void Add(ChannelAddress channel) => Keep(channel, new Cause());
    }
}
