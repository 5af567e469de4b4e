using Microsoft.Extensions.Options;
using WatchBot.Discord.Rendering;

namespace WatchBot.Discord.Publishing;

/// <summary>
/// Collects batched lines (reactions) per channel and posts them as one message per window
/// (<c>Discord:ReactionBatchWindow</c>), so a burst of reactions is one or two sends, never one per click.
/// </summary>
internal sealed class ReactionBatcher(DiscordOutbox outbox, TimeProvider time, IOptions<DiscordOptions> options)
{
    /// <summary>Lines per message; more wait for the next window (2000 characters is the real limit).</summary>
    private const int MaxLines = 20;

    private readonly object _lock = new();
    private readonly Dictionary<string, List<string>> _pending = new(StringComparer.Ordinal);

    /// <summary>Channels with lines waiting (for tests).</summary>
    public int WaitingChannels
    {
        get
        {
            lock (_lock)
            {
                return _pending.Count;
            }
        }
    }

    /// <summary>Queues one line, already drawn, for the channel's next batch.</summary>
    public void Add(string channelId, string line)
    {
        lock (_lock)
        {
            if (_pending.TryGetValue(channelId, out var lines))
            {
                lines.Add(line);
                return;
            }

            _pending[channelId] = [line];
        }

        _ = FlushLaterAsync(channelId);
    }

    private async Task FlushLaterAsync(string channelId)
    {
        var window = options.Value.ReactionBatchWindow;
        if (window > TimeSpan.Zero)
        {
            await Task.Delay(window, time);
        }

        List<string> lines;
        lock (_lock)
        {
            lines = _pending[channelId];
            if (lines.Count > MaxLines)
            {
                // Keep the rest for the next window, which starts now.
                _pending[channelId] = lines[MaxLines..];
                lines = lines[..MaxLines];
                _ = FlushLaterAsync(channelId);
            }
            else
            {
                _pending.Remove(channelId);
            }
        }

        outbox.Enqueue(new OutboxItem(channelId, new DiscordMessage(string.Join("\n", lines)), null, null));
    }
}
