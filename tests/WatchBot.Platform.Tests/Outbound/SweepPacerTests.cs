using WatchBot.Platform.Outbound;

namespace WatchBot.Platform.Tests.Outbound;

public sealed class SweepPacerTests
{
    [Fact]
    public void FirstSweep_IsDue_AtTheFloor_Once()
    {
        var pacer = new SweepPacer(4);

        var due = Enumerable.Range(0, 10).Select(_ => pacer.Added()).ToArray();

        Assert.Equal([false, false, false, true, false, false, false, false, false, false], due);
    }

    [Fact]
    public void NextSweep_IsDue_AfterAsManyAdditionsAsTheSweepLeft()
    {
        var pacer = new SweepPacer(4);
        Enumerable.Range(0, 4).ToList().ForEach(_ => pacer.Added());

        pacer.Swept(remaining: 10);

        Assert.Equal(9, Enumerable.Range(0, 9).Count(_ => !pacer.Added()));
        Assert.True(pacer.Added());
    }

    [Fact]
    public void NextSweep_IsNeverDue_BeforeTheFloor()
    {
        var pacer = new SweepPacer(4);
        pacer.Swept(remaining: 0);

        Assert.Equal([false, false, false, true], Enumerable.Range(0, 4).Select(_ => pacer.Added()));
    }

    [Fact]
    public async Task ConcurrentAdditions_DueOnce()
    {
        var pacer = new SweepPacer(1000);
        var due = 0;

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 250; i++)
            {
                if (pacer.Added())
                {
                    Interlocked.Increment(ref due);
                }
            }
        })));

        Assert.Equal(1, due);
    }

    [Fact]
    public void Floor_MustBePositive() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new SweepPacer(0));
}
