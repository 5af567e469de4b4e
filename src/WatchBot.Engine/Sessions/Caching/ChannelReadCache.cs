using System.Collections.Concurrent;
using WatchBot.Core.Kernel;

namespace WatchBot.Engine.Sessions.Caching;

/// <summary>
/// One read per channel kept in memory, exact as long as every write to what it caches calls
/// <see cref="Invalidate"/> for its channel (or <see cref="Clear"/>) once the write is done, failed or
/// not (SQLite: one process owns the file). Unlike <c>ExactReadCache</c>, a write forgets only its own
/// channel: each channel has a generation, and a read keeps its value only if neither its channel's
/// generation nor the whole cache's changed while it ran, so a read that started before a write
/// finished is never kept. At most <paramref name="capacity"/> values and as many generations: past
/// that it starts over, which costs reads, never truth.
/// </summary>
/// <param name="capacity">The most channels kept (at least 1).</param>
public sealed class ChannelReadCache<TValue>(int capacity)
{
    private readonly ConcurrentDictionary<ChannelAddress, TValue> _values = new();

    // Channels written since the last start-over, and how often; read and changed under _gate only.
    private readonly Dictionary<ChannelAddress, long> _writes = [];
    private readonly Lock _gate = new();
    private long _epoch;

    /// <summary>The most values (and generations) kept at once.</summary>
    public int Capacity { get; } = capacity >= 1 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity), "At least one channel must fit.");

    /// <summary>Values kept now.</summary>
    public int Count => _values.Count;

    /// <summary>The value for <paramref name="channel"/>: kept, else read with <paramref name="read"/> and kept if still current.</summary>
    public async Task<TValue> GetAsync(ChannelAddress channel, Func<ChannelAddress, CancellationToken, Task<TValue>> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(read);
        if (_values.TryGetValue(channel, out var kept))
        {
            return kept;
        }

        (long Epoch, long Writes) started;
        lock (_gate)
        {
            started = Stamp_NeedsLock(channel);
        }

        var value = await read(channel, cancellationToken);
        lock (_gate)
        {
            if (Stamp_NeedsLock(channel) == started)
            {
                if (_values.Count >= Capacity && !_values.ContainsKey(channel))
                {
                    _values.Clear();
                }

                _values[channel] = value;
            }
        }

        return value;
    }

    /// <summary>Forgets <paramref name="channel"/>'s value and every read of it under way: call it after each write to the channel, failed ones too.</summary>
    public void Invalidate(ChannelAddress channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        lock (_gate)
        {
            if (_writes.TryGetValue(channel, out var writes))
            {
                _writes[channel] = writes + 1;
            }
            else if (_writes.Count >= Capacity)
            {
                // No room to count this channel: start over, which outdates every read under way.
                StartOver_NeedsLock();
            }
            else
            {
                _writes[channel] = 1;
            }

            _values.TryRemove(channel, out _);
        }
    }

    /// <summary>Forgets everything, and every read under way: after a write whose channels are not known.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            StartOver_NeedsLock();
        }
    }

    private (long Epoch, long Writes) Stamp_NeedsLock(ChannelAddress channel) =>
        (_epoch, _writes.GetValueOrDefault(channel));

    private void StartOver_NeedsLock()
    {
        _epoch++;
        _writes.Clear();
        _values.Clear();
    }
}
