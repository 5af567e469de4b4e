using WatchBot.Core.Kernel;
using WatchBot.Core.Views;

namespace WatchBot.Platform.Outbound;

/// <summary>
/// Gathers announcements of one batch key (reactions) per channel over
/// <see cref="KitOptions.BatchWindow"/> and queues them as one message of at most
/// <see cref="KitOptions.MaxBatchLines"/> lines; the rest wait for the next window. Anything else
/// sent to the channel first flushes what is gathering there, so lines never come after what followed them.
/// </summary>
internal sealed class AnnouncementBatcher(ChannelQueues queues, TimeProvider time, KitOptions options)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<(ChannelAddress Channel, string Key), OpenBatch> _open = [];

    public void Add(ChannelAddress channel, Announcement announcement, SendCause? cause)
    {
        var key = announcement.BatchKey ?? throw new ArgumentException("Only announcements with a batch key are batched.", nameof(announcement));
        lock (_lock)
        {
            if (_open.TryGetValue((channel, key), out var open))
            {
                open.Lines.AddRange(announcement.Lines);
                return;
            }

            open = new OpenBatch(channel, key, cause);
            open.Lines.AddRange(announcement.Lines);
            _open[(channel, key)] = open;
            queues.Hold(1);
            if (options.BatchWindow <= TimeSpan.Zero)
            {
                Close_NeedsLock(open, all: true);
                return;
            }

            open.Timer = time.CreateTimer(_ => WindowOver(open), null, options.BatchWindow, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>Queues everything gathering in <paramref name="channel"/> now, before the send that follows.</summary>
    public void Flush(ChannelAddress channel)
    {
        lock (_lock)
        {
            foreach (var open in _open.Values.Where(b => b.Channel == channel).ToList())
            {
                Close_NeedsLock(open, all: true);
            }
        }
    }

    private void WindowOver(OpenBatch open)
    {
        lock (_lock)
        {
            if (_open.TryGetValue((open.Channel, open.Key), out var current) && ReferenceEquals(current, open))
            {
                Close_NeedsLock(open, all: false);
            }
        }
    }

    /// <summary>
    /// Queues the batch's lines in messages of at most the cap: all of them, or (a window ending) one
    /// message, keeping the rest open for another window.
    /// </summary>
    private void Close_NeedsLock(OpenBatch open, bool all)
    {
        do
        {
            var take = Math.Min(options.MaxBatchLines, open.Lines.Count);
            queues.Enqueue(new AnnouncementItem(open.Channel, new Announcement(open.Lines[..take]) { BatchKey = open.Key }, open.Cause));
            open.Lines.RemoveRange(0, take);
        }
        while (all && open.Lines.Count > 0);

        if (open.Lines.Count > 0)
        {
            open.Timer!.Change(options.BatchWindow, Timeout.InfiniteTimeSpan);
            return;
        }

        open.Timer?.Dispose();
        _open.Remove((open.Channel, open.Key));
        queues.Hold(-1);
    }
}
