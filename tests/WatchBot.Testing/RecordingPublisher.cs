using System.Collections.Concurrent;
using WatchBot.Core.Notices;
using WatchBot.Core.Sessions;
using WatchBot.Engine.Ports;

namespace WatchBot.Testing;

/// <summary>A platform that remembers what was said in which channel.</summary>
public sealed class RecordingPublisher(string platform = "test") : IChannelPublisher
{
    private readonly ConcurrentQueue<(ChannelAddress Channel, Notice Notice)> _said = new();

    public string Platform => platform;

    public bool FailAll { get; set; }

    public IReadOnlyList<(ChannelAddress Channel, Notice Notice)> Said => [.. _said];

    public IReadOnlyList<T> Of<T>() where T : Notice => [.. _said.Select(s => s.Notice).OfType<T>()];

    public Task PublishAsync(ChannelAddress channel, Notice notice, CancellationToken cancellationToken)
    {
        if (FailAll)
        {
            throw new HttpRequestException("platform unreachable (simulated)");
        }

        _said.Enqueue((channel, notice));
        return Task.CompletedTask;
    }
}
