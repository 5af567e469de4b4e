using WatchBot.Platform.Resilience;

namespace WatchBot.Platform.Tests.Resilience;

public sealed class RandomJitterTests
{
    [Fact]
    public void DrawsFromTheGivenRandom_SoTestsCanPinIt()
    {
        var jitter = new RandomJitter(new Random(42));
        var expected = new Random(42);

        Assert.Equal(expected.NextDouble(), jitter.NextFraction());
        Assert.Equal(expected.NextDouble(), jitter.NextFraction());
    }

    [Fact]
    public async Task ManyCallers_AlwaysGetAFraction()
    {
        // A plain Random used from several threads at once can break and return only zeros.
        var jitter = new RandomJitter(new Random(7));
        var draws = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => Enumerable.Range(0, 10_000).Select(_ => jitter.NextFraction()).ToList())));

        var all = draws.SelectMany(d => d).ToList();
        Assert.All(all, f => Assert.InRange(f, 0, 0.9999999999));
        Assert.True(all.Distinct().Count() > all.Count / 2);
    }
}
