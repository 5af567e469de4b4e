using System.Collections.Concurrent;
using WatchBot.Engine.Ports;

namespace WatchBot.Slack.Tests.Support;

/// <summary>A hand-written in-memory <see cref="IPlatformLinks"/> for sender tests.</summary>
internal sealed class MemoryPlatformLinks : IPlatformLinks
{
    private readonly ConcurrentDictionary<(string, string), string> _values = new();

    public Task<string?> GetAsync(string platform, string key, CancellationToken cancellationToken) =>
        Task.FromResult(_values.TryGetValue((platform, key), out var v) ? v : null);

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
