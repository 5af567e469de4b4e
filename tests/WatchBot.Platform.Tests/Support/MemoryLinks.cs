using System.Collections.Concurrent;
using WatchBot.Engine.Ports;

namespace WatchBot.Platform.Tests.Support;

/// <summary>A hand-written in-memory <see cref="IPlatformLinks"/>.</summary>
public sealed class MemoryLinks : IPlatformLinks
{
    public ConcurrentDictionary<(string Platform, string Key), string> Values { get; } = new();

    public Task<string?> GetAsync(string platform, string key, CancellationToken cancellationToken) =>
        Task.FromResult(Values.TryGetValue((platform, key), out var value) ? value : null);

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
