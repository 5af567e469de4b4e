namespace WatchBot.Engine.Diagnostics;

/// <summary>A platform's outbound queue, as the queue-depth gauge reads it.</summary>
public interface IQueueDepthSource
{
    /// <summary>The platform it sends to (the gauge's tag).</summary>
    string Platform { get; }

    /// <summary>Sends queued, in flight or gathering in a batch.</summary>
    int Pending { get; }
}
