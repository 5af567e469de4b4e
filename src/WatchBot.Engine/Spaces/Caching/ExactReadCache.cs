using System.Collections.Concurrent;

namespace WatchBot.Engine.Spaces.Caching;

/// <summary>
/// A read-through cache that is exact as long as every write to what it caches goes through this
/// process and calls <see cref="Clear"/> once the write is done (SQLite: one process owns the file).
/// A read that started before a write finished is never kept: each read notes the generation it
/// started in and stores its value only if no <see cref="Clear"/> happened meanwhile. Writes are
/// rare (a moderator added, a setting changed), so one clears everything. At most
/// <paramref name="capacity"/> entries: past that it starts over, which costs reads, never truth.
/// </summary>
/// <param name="capacity">The most entries kept (at least 1).</param>
public sealed class ExactReadCache<TKey, TValue>(int capacity)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _values = new();
    private readonly Lock _gate = new();
    private long _generation;

    /// <summary>The most entries kept at once.</summary>
    public int Capacity { get; } = capacity >= 1 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity), "At least one entry must fit.");

    /// <summary>Entries kept now.</summary>
    public int Count => _values.Count;

    /// <summary>The value for <paramref name="key"/>: kept, else read with <paramref name="read"/> and kept if still current.</summary>
    public async Task<TValue> GetAsync(TKey key, Func<TKey, CancellationToken, Task<TValue>> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        if (_values.TryGetValue(key, out var kept))
        {
            return kept;
        }

        var started = Volatile.Read(ref _generation);
        var value = await read(key, cancellationToken);
        lock (_gate)
        {
            if (_generation == started)
            {
                if (_values.Count >= Capacity)
                {
                    _values.Clear();
                }

                _values[key] = value;
            }
        }

        return value;
    }

    /// <summary>Runs a write to what this cache holds, then clears it, whether the write succeeded or not.</summary>
    public async Task<T> AfterWriteAsync<T>(Func<Task<T>> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        try
        {
            return await write();
        }
        finally
        {
            Clear();
        }
    }

    /// <summary>Runs a write to what this cache holds, then clears it, whether the write succeeded or not.</summary>
    public Task AfterWriteAsync(Func<Task> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        return AfterWriteAsync(async () =>
        {
            await write();
            return true;
        });
    }

    /// <summary>Forgets everything, and every read under way: call it after each write, failed ones too.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _generation++;
            _values.Clear();
        }
    }
}
