using WatchBot.Core.Features.MovieNights;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Ports;

namespace WatchBot.Storage.Tests.Series;

/// <summary>
/// A series store that holds its first read of a channel's series until the test lets it go, just
/// before or just after the real read: a process paused between the reads it decides on, while
/// another process on the same database commits. Later reads go straight through (a retry is not held).
/// </summary>
internal sealed class GatedSeriesStore(ISeriesStore inner, bool holdAfterRead) : ISeriesStore
{
    private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _held;

    /// <summary>Completes when the first read is being held.</summary>
    public Task Reached => _reached.Task.WaitAsync(TimeSpan.FromSeconds(10));

    public void Release() => _released.TrySetResult();

    public async Task<IReadOnlyList<MovieSeries>> ListActiveAsync(ChannelAddress channel, CancellationToken cancellationToken)
    {
        var hold = Interlocked.Exchange(ref _held, 1) == 0;
        if (hold && !holdAfterRead)
        {
            await HoldAsync();
        }

        var read = await inner.ListActiveAsync(channel, cancellationToken);
        if (hold && holdAfterRead)
        {
            await HoldAsync();
        }

        return read;
    }

    public Task<MovieSeries?> GetAsync(SeriesId id, CancellationToken cancellationToken) => inner.GetAsync(id, cancellationToken);

    public Task<IReadOnlyList<MovieSeries>> ListActiveInSpaceAsync(string platform, string spaceId, CancellationToken cancellationToken) =>
        inner.ListActiveInSpaceAsync(platform, spaceId, cancellationToken);

    public Task<IReadOnlyList<MovieSeries>> ListAllActiveAsync(CancellationToken cancellationToken) => inner.ListAllActiveAsync(cancellationToken);

    private Task HoldAsync()
    {
        _reached.TrySetResult();
        return _released.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
