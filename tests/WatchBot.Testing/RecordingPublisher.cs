using System.Collections.Concurrent;
using WatchBot.Core.Kernel;
using WatchBot.Core.Views;
using WatchBot.Engine.Ports;

namespace WatchBot.Testing;

/// <summary>
/// A platform that remembers what was shown in which channel: the views it was handed, and (as the
/// router's observer) the notices they came from, which is what engine tests assert on.
/// </summary>
public sealed class RecordingPublisher(string platform = "test") : IChannelPublisher, INoticeObserver
{
    private readonly ConcurrentQueue<(ChannelAddress Channel, Notice Notice)> _said = new();
    private readonly ConcurrentQueue<(ChannelAddress Channel, ChannelView View)> _shown = new();
    private readonly ConcurrentQueue<(Func<Notice, bool> Matches, TaskCompletionSource Done)> _waiters = new();

    public string Platform => platform;

    public bool FailAll { get; set; }

    /// <summary>The notices delivered, in order.</summary>
    public IReadOnlyList<(ChannelAddress Channel, Notice Notice)> Said => [.. _said];

    /// <summary>The views this platform was handed, in order.</summary>
    public IReadOnlyList<(ChannelAddress Channel, ChannelView View)> Shown => [.. _shown];

    public IReadOnlyList<T> Of<T>() where T : Notice => [.. _said.Select(s => s.Notice).OfType<T>()];

    public Task PublishAsync(ChannelAddress channel, ChannelView view, CancellationToken cancellationToken)
    {
        if (FailAll)
        {
            throw new HttpRequestException("platform unreachable (simulated)");
        }

        _shown.Enqueue((channel, view));
        return Task.CompletedTask;
    }

    /// <summary>Completes once a notice of type <typeparamref name="T"/> has been delivered (at once if one was): for work that follows a timer on another thread.</summary>
    public Task WhenSaidAsync<T>() where T : Notice
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiters.Enqueue((n => n is T, done));
        if (Of<T>().Count > 0)
        {
            done.TrySetResult();
        }

        return done.Task;
    }

    public void Delivered(ChannelAddress channel, Notice notice)
    {
        _said.Enqueue((channel, notice));
        foreach (var (matches, done) in _waiters)
        {
            if (matches(notice))
            {
                done.TrySetResult();
            }
        }
    }
}
