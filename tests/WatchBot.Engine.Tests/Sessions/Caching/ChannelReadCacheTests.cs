using WatchBot.Core.Kernel;
using WatchBot.Engine.Sessions.Caching;

namespace WatchBot.Engine.Tests.Sessions.Caching;

public sealed class ChannelReadCacheTests
{
    private static readonly ChannelAddress A = new("test", "g", "a");
    private static readonly ChannelAddress B = new("test", "g", "b");
    private static readonly ChannelAddress C = new("test", "g", "c");
    private readonly ChannelReadCache<string> _cache = new(capacity: 2);
    private int _reads;

    [Fact]
    public async Task ASecondRead_OfTheSameChannel_IsServedWithoutReading()
    {
        Assert.Equal("a1", await _cache.GetAsync(A, Read("a1"), CancellationToken.None));
        Assert.Equal("a1", await _cache.GetAsync(new ChannelAddress("test", "g", "a"), Read("a2"), CancellationToken.None));

        Assert.Equal(1, _reads);
    }

    [Fact]
    public async Task Invalidate_ForgetsThatChannelOnly()
    {
        await _cache.GetAsync(A, Read("a1"), CancellationToken.None);
        await _cache.GetAsync(B, Read("b1"), CancellationToken.None);

        _cache.Invalidate(A);

        Assert.Equal("a2", await _cache.GetAsync(A, Read("a2"), CancellationToken.None));
        Assert.Equal("b1", await _cache.GetAsync(B, Read("b2"), CancellationToken.None));
        Assert.Equal(3, _reads);
    }

    [Fact]
    public async Task AReadThatStartedBeforeItsChannelWasWritten_IsNotKept()
    {
        var stored = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var slow = _cache.GetAsync(A, (_, _) => stored.Task, CancellationToken.None);
        _cache.Invalidate(A);
        stored.SetResult("old");
        Assert.Equal("old", await slow);

        Assert.Equal(0, _cache.Count);
        Assert.Equal("new", await _cache.GetAsync(A, Read("new"), CancellationToken.None));
    }

    [Fact]
    public async Task AReadOfAnotherChannel_IsKept_WhileOneIsWritten()
    {
        var stored = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var slow = _cache.GetAsync(B, (_, _) => stored.Task, CancellationToken.None);
        _cache.Invalidate(A);
        stored.SetResult("b1");
        await slow;

        Assert.Equal("b1", await _cache.GetAsync(B, Read("b2"), CancellationToken.None));
        Assert.Equal(0, _reads);
    }

    [Fact]
    public async Task AReadThatStartedBeforeAClear_IsNotKept()
    {
        var stored = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var slow = _cache.GetAsync(B, (_, _) => stored.Task, CancellationToken.None);
        _cache.Clear();
        stored.SetResult("old");
        await slow;

        Assert.Equal(0, _cache.Count);
    }

    [Fact]
    public async Task PastCapacity_ValuesStartOver_AndStillAnswerRight()
    {
        await _cache.GetAsync(A, Read("a"), CancellationToken.None);
        await _cache.GetAsync(B, Read("b"), CancellationToken.None);

        Assert.Equal("c", await _cache.GetAsync(C, Read("c"), CancellationToken.None));

        Assert.Equal(1, _cache.Count);
        Assert.Equal("a", await _cache.GetAsync(A, Read("a"), CancellationToken.None));
        Assert.Equal(4, _reads);
    }

    [Fact]
    public async Task PastCapacity_WrittenChannelsStartOver_AndAReadUnderWayIsNotKept()
    {
        // A and B fill the generations; writing C starts over, which must outdate B's read under way.
        var stored = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        _cache.Invalidate(A);
        _cache.Invalidate(B);
        var slow = _cache.GetAsync(B, (_, _) => stored.Task, CancellationToken.None);
        _cache.Invalidate(C);
        stored.SetResult("old");
        await slow;

        Assert.Equal(0, _cache.Count);
        Assert.Equal("new", await _cache.GetAsync(B, Read("new"), CancellationToken.None));
    }

    [Fact]
    public async Task AFailedRead_IsNotKept()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => _cache.GetAsync(A, (_, _) => throw new InvalidOperationException("store down"), CancellationToken.None));

        Assert.Equal(0, _cache.Count);
        Assert.Equal("a", await _cache.GetAsync(A, Read("a"), CancellationToken.None));
    }

    [Fact]
    public void Capacity_BelowOne_IsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ChannelReadCache<string>(0));

    private Func<ChannelAddress, CancellationToken, Task<string>> Read(string value) => (_, _) =>
    {
        _reads++;
        return Task.FromResult(value);
    };
}
