using System.Diagnostics.Tracing;

namespace WatchBot.Bench.Common;

/// <summary>
/// The runtime's own GC events in this process (the bot under test runs in it): each pause from the
/// suspension's start to the restart's end, so a tail can be set beside the pauses that could cause it.
/// </summary>
public sealed class GcPauses : EventListener
{
    private const int SuspendEeBegin = 9;
    private const int RestartEeEnd = 3;
    private const EventKeywords GcKeyword = (EventKeywords)0x1;

    private readonly Lock _gate = new();
    private readonly List<double> _pausesMs = [];
    private DateTime? _suspendedAt;

    /// <summary>Pauses seen so far, in milliseconds.</summary>
    public IReadOnlyList<double> Snapshot()
    {
        lock (_gate)
        {
            return [.. _pausesMs];
        }
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        ArgumentNullException.ThrowIfNull(eventSource);
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Informational, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        lock (_gate)
        {
            if (eventData.EventId == SuspendEeBegin)
            {
                _suspendedAt = eventData.TimeStamp;
            }
            else if (eventData.EventId == RestartEeEnd && _suspendedAt is { } since)
            {
                _pausesMs.Add((eventData.TimeStamp - since).TotalMilliseconds);
                _suspendedAt = null;
            }
        }
    }
}
