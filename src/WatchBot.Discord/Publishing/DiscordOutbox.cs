using Microsoft.Extensions.Logging;

namespace WatchBot.Discord.Publishing;

/// <summary>
/// Per-channel queues drained by one worker per busy channel: sends in a channel keep their order
/// (the session message is created before it is edited), channels do not wait for each other, and
/// the publisher returns as soon as an item is queued. Rate limits are the REST client's job.
/// </summary>
/// <remarks>
/// Only a session message's latest state matters, so a state still waiting in the queue is replaced
/// by a newer one rather than sent and then overwritten: under load (a busy channel, or thousands of
/// sessions starting together) each channel spends its requests on what people will actually see.
/// </remarks>
internal sealed class DiscordOutbox(DiscordSender sender, ILogger<DiscordOutbox> logger) : IAsyncDisposable
{
    private readonly object _lock = new();
    private readonly Dictionary<string, LinkedList<OutboxItem>> _queues = new(StringComparer.Ordinal);
    private readonly HashSet<Task> _workers = [];
    private readonly CancellationTokenSource _stopping = new();
    private int _pending;

    /// <summary>Items queued or in flight (for tests and benchmarks waiting for quiet).</summary>
    public int Pending => Volatile.Read(ref _pending);

    public void Enqueue(OutboxItem item)
    {
        lock (_lock)
        {
            Interlocked.Increment(ref _pending);
            if (_queues.TryGetValue(item.ChannelId, out var queue))
            {
                if (ReplaceWaitingState(queue, item))
                {
                    Interlocked.Decrement(ref _pending);
                    return;
                }

                queue.AddLast(item);
                return;
            }

            _queues[item.ChannelId] = new LinkedList<OutboxItem>([item]);
            var worker = Task.Run(() => DrainAsync(item.ChannelId));
            _workers.Add(worker);
            _ = worker.ContinueWith(t => Forget(t), TaskScheduler.Default);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        Task[] running;
        lock (_lock)
        {
            running = [.. _workers];
        }

        // The token source is left undisposed on purpose: a timer firing during shutdown may still
        // queue an item, and its worker must see "stopping", not an ObjectDisposedException.
        await Task.WhenAll(running).WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private async Task DrainAsync(string channelId)
    {
        while (true)
        {
            OutboxItem item;
            lock (_lock)
            {
                var queue = _queues[channelId];
                if (queue.Count == 0)
                {
                    _queues.Remove(channelId);
                    return;
                }

                item = queue.First!.Value;
            }

            try
            {
                await sender.SendAsync(item, _stopping.Token);
            }
            catch (Exception ex) when (!_stopping.IsCancellationRequested)
            {
                Log.OutboxItemFailed(logger, ex, channelId);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            finally
            {
                lock (_lock)
                {
                    _queues[channelId].RemoveFirst();
                }

                Interlocked.Decrement(ref _pending);
            }
        }
    }

    /// <summary>
    /// Puts <paramref name="item"/> in place of an older state of the same session message that has
    /// not gone out yet. The head is skipped: its worker may be sending it right now.
    /// </summary>
    private static bool ReplaceWaitingState(LinkedList<OutboxItem> queue, OutboxItem item)
    {
        if (item.CardKey is not { } card)
        {
            return false;
        }

        for (var node = queue.First?.Next; node is not null; node = node.Next)
        {
            if (node.Value.CardKey == card)
            {
                node.Value = item;
                return true;
            }
        }

        return false;
    }

    private void Forget(Task worker)
    {
        lock (_lock)
        {
            _workers.Remove(worker);
        }
    }
}
