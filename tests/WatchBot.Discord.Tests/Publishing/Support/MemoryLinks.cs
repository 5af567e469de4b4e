using System.Collections.Concurrent;
using WatchBot.Engine.Ports;

namespace WatchBot.Discord.Tests.Publishing.Support;

/// <summary>Platform links in memory.</summary>
internal sealed class MemoryLinks : IPlatformLinks
{
    private readonly ConcurrentDictionary<(string Platform, string Key), string> _values = new();

    public string? this[string platform, string key] => _values.TryGetValue((platform, key), out var value) ? value : null;

    public Task<string?> GetAsync(string platform, string key, CancellationToken cancellationToken) => Task.FromResult(this[platform, key]);

    public Task SetAsync(string platform, string key, string value, CancellationToken cancellationToken)
    {
        _values[(platform, key)] = value;
        return Task.CompletedTask;
    }

    public Task DeleteAsync(string platform, string key, CancellationToken cancellationToken)
    {
        _values.TryRemove((platform, key), out _);
        return Task.CompletedTask;
    }
}
