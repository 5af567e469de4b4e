using System.Collections.Concurrent;
using WatchBot.Core.Kernel;
using WatchBot.Platform.Outbound;

namespace WatchBot.Platform.Tests.Support;

/// <summary>Records each "I can't post here" note the kit asks for.</summary>
public sealed class RecordingNote : ICannotPostNote
{
    public ConcurrentQueue<(ChannelAddress Channel, SendCause Cause, SendResult Refusal)> Notes { get; } = new();

    public Task SendAsync(ChannelAddress channel, SendCause cause, SendResult refusal, CancellationToken cancellationToken)
    {
        Notes.Enqueue((channel, cause, refusal));
        return Task.CompletedTask;
    }
}
