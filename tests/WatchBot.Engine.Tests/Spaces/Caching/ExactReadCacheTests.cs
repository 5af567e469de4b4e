using WatchBot.Engine.Spaces.Caching;

namespace WatchBot.Engine.Tests.Spaces.Caching;

public sealed class ExactReadCacheTests
{
    private readonly ExactReadCache<string, int> _cache = new(capacity: 3);
    private int _reads;

    [Fact]
    public async Task ASecondRead_OfTheSameKey_IsServedWithoutReading()
    {
        Assert.Equal(1, await _cache.GetAsync("a", Read(1), CancellationToken.None));
        Assert.Equal(1, await _cache.GetAsync("a", Read(2), CancellationToken.None));

        Assert.Equal(1, _reads);
    }

    [Fact]
    public async Task AfterClear_TheNextReadGoesToTheStore()
    {
        await _cache.GetAsync("a", Read(1), CancellationToken.None);

        _cache.Clear();

        Assert.Equal(2, await _cache.GetAsync("a", Read(2), CancellationToken.None));
        Assert.Equal(2, _reads);
    }

    [Fact]
    public async Task AReadThatStartedBeforeAClear_IsNotKept()
    {
        // The read sees the old value; a write commits and clears before the read returns.
        var stored = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var slow = _cache.GetAsync("a", (_, _) => stored.Task, CancellationToken.None);
        _cache.Clear();
        stored.SetResult(1);
        Assert.Equal(1, await slow);

        Assert.Equal(0, _cache.Count);
        Assert.Equal(2, await _cache.GetAsync("a", Read(2), CancellationToken.None));
    }

    [Fact]
    public async Task PastCapacity_ItStartsOver_AndStillAnswersRight()
    {
        foreach (var key in new[] { "a", "b", "c" })
        {
            await _cache.GetAsync(key, Read(key[0]), CancellationToken.None);
        }

        Assert.Equal('d', await _cache.GetAsync("d", Read('d'), CancellationToken.None));

        Assert.Equal(1, _cache.Count);
        Assert.Equal('a', await _cache.GetAsync("a", Read('a'), CancellationToken.None));
        Assert.Equal(5, _reads);
    }

    [Fact]
    public async Task AFailedRead_IsNotKept()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => _cache.GetAsync("a", (_, _) => throw new InvalidOperationException("store down"), CancellationToken.None));

        Assert.Equal(0, _cache.Count);
        Assert.Equal(3, await _cache.GetAsync("a", Read(3), CancellationToken.None));
    }

    [Fact]
    public void Capacity_BelowOne_IsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ExactReadCache<string, int>(0));

    private Func<string, CancellationToken, Task<int>> Read(int value) => (_, _) =>
    {
        _reads++;
        return Task.FromResult(value);
    };
}
