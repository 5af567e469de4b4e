using System.Collections.Concurrent;
using WatchBot.Engine.Ports;

namespace WatchBot.Testing;

/// <summary>A hand-written in-memory <see cref="IPlatformLinks"/>, for the kit's and the adapters' sender tests.</summary>
public sealed class MemoryPlatformLinks : IPlatformLinks
{
    public ConcurrentDictionary<(string Platform, string Key), string> Values { get; } = new();

    public string? this[string platform, string key] => Values.TryGetValue((platform, key), out var value) ? value : null;

    public Task<string?> GetAsync(string platform, string key, CancellationToken cancellationToken) => Task.FromResult(this[platform, key]);

    public Task SetAsync(string platform, string key, string value, CancellationToken cancellationToken)
    {
        Values[(platform, key)] = value;
        return Task.CompletedTask;
    }

    public Task DeleteAsync(string platform, string key, CancellationToken cancellationToken)
    {
        Values.TryRemove((platform, key), out _);
        return Task.CompletedTask;
    }
}
