using Microsoft.Extensions.Logging;
using WatchBot.Core.Kernel;
using WatchBot.Core.Views;
using WatchBot.Engine.Ports;

namespace WatchBot.Engine.Sessions;

/// <summary>
/// Turns each notice into its channel view (<see cref="Notice.ToChannel"/>) and hands the view to the
/// publisher of its channel's platform; a view with nothing in it is not sent. A failed send is
/// logged, never thrown.
/// </summary>
public sealed class NoticeRouter(IEnumerable<IChannelPublisher> publishers, ILogger<NoticeRouter> logger, IEnumerable<INoticeObserver>? observers = null)
{
    private readonly Dictionary<string, IChannelPublisher> _byPlatform =
        publishers.ToDictionary(p => p.Platform, StringComparer.OrdinalIgnoreCase);

    private readonly IReadOnlyList<INoticeObserver> _observers = [.. observers ?? []];

    public async Task PublishAsync(ChannelAddress channel, IReadOnlyList<Notice> notices, CancellationToken cancellationToken)
    {
        if (notices.Count == 0)
        {
            return;
        }

        if (!_byPlatform.TryGetValue(channel.Platform, out var publisher))
        {
            Log.NoPublisher(logger, channel.Platform);
            return;
        }

        foreach (var notice in notices)
        {
            await TrySendAsync(publisher, channel, notice, cancellationToken);
        }
    }

    /// <summary>Sends one notice; false when it could not be (no publisher, or the publisher threw), which is logged.</summary>
    public Task<bool> TryPublishAsync(ChannelAddress channel, Notice notice, CancellationToken cancellationToken) =>
        TryPublishAsync(channel, notice, null, cancellationToken);

    /// <summary>
    /// Sends one notice under <paramref name="deliveryKey"/> (an outbox entry's, the same on every re-send:
    /// <see cref="ChannelView.DeliveryKey"/>); false when it could not be sent, which is logged.
    /// </summary>
    public Task<bool> TryPublishAsync(ChannelAddress channel, Notice notice, string? deliveryKey, CancellationToken cancellationToken)
    {
        if (!_byPlatform.TryGetValue(channel.Platform, out var publisher))
        {
            Log.NoPublisher(logger, channel.Platform);
            return Task.FromResult(false);
        }

        return TrySendAsync(publisher, channel, notice, cancellationToken, deliveryKey);
    }

    private async Task<bool> TrySendAsync(IChannelPublisher publisher, ChannelAddress channel, Notice notice, CancellationToken cancellationToken, string? deliveryKey = null)
    {
        try
        {
            var view = deliveryKey is null ? notice.ToChannel() : notice.ToChannel() with { DeliveryKey = deliveryKey };
            if (!view.IsEmpty)
            {
                await publisher.PublishAsync(channel, view, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The session is already saved; a lost announcement must not undo it or stop the others.
            Log.PublishFailed(logger, ex, channel.Platform, notice.GetType().Name);
            return false;
        }

        foreach (var observer in _observers)
        {
            observer.Delivered(channel, notice);
        }

        return true;
    }
}
