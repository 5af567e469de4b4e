using WatchBot.Core.Kernel;

namespace WatchBot.Platform.Outbound;

/// <summary>
/// One channel's queue in two lines: what notifies now (announcements, withdrawals) in order, then
/// what can wait (cards, announcements to arrange ahead) in order. Touched only under
/// <see cref="ChannelQueues"/>' lock.
/// </summary>
/// <remarks>
/// Arranging ahead waits behind the card: the card is what people see now, and an arrangement is
/// only useful until its instant. What waits is replaced by key: a card by its newer state, an
/// arrangement by a newer one; and an arrangement still waiting is dropped when its announcement
/// comes or it is withdrawn, so it can never be arranged after it stopped holding.
/// </remarks>
internal sealed class ChannelLane(ChannelAddress channel)
{
    private readonly LinkedList<OutboundItem> _notifying = new();
    private readonly LinkedList<OutboundItem> _waiting = new();

    public ChannelAddress Channel { get; } = channel;

    /// <summary>In the ready list, being sent, or parked: a worker will come back to it.</summary>
    public bool Scheduled { get; set; }

    /// <summary>Which ready list holds the lane's valid ticket; <see cref="ReadyLine.None"/> while it is sent or parked.</summary>
    public ReadyLine Line { get; set; }

    /// <summary>The number of the lane's only valid ticket: a ticket left in the other list when it moved is skipped.</summary>
    public int Ticket { get; set; }

    /// <summary>The timer that brings a parked lane back (held here so it is not collected).</summary>
    public ITimer? Parked { get; set; }

    /// <summary>
    /// When the channel's route takes requests again, as its last "wait" said: an express send may cut
    /// a park short, and what follows it through the channel route still waits until then.
    /// </summary>
    public DateTimeOffset RouteFreeAt { get; set; } = DateTimeOffset.MinValue;

    /// <summary>How often the item at the head was answered "wait" in a row.</summary>
    public int Throttles { get; set; }

    public bool HasWork => _notifying.Count > 0 || _waiting.Count > 0;

    /// <summary>Queues <paramref name="item"/>; returns how many more items wait (1, 0 when it replaced one, less when it dropped some).</summary>
    public int Add(OutboundItem item)
    {
        if (!item.CanWait)
        {
            var dropped = item.EndsAhead is { } key ? Drop(key) : 0;
            _notifying.AddLast(item);
            return 1 - dropped;
        }

        for (var node = _waiting.First; node is not null; node = node.Next)
        {
            if (node.Value.ReplaceKey == item.ReplaceKey)
            {
                node.Value = item;
                return 0;
            }
        }

        _waiting.AddLast(item);
        return 1;
    }

    /// <summary>What <see cref="TakeNext"/> would take, left in place.</summary>
    public OutboundItem? PeekNext() => (_notifying.First ?? _waiting.First)?.Value;

    /// <summary>The next send: anything that notifies before anything that can wait.</summary>
    public OutboundItem? TakeNext()
    {
        var line = _notifying.Count > 0 ? _notifying : _waiting;
        if (line.First is not { } first)
        {
            return null;
        }

        line.RemoveFirst();
        return first.Value;
    }

    /// <summary>
    /// Puts a throttled item back in front; false when a newer one of the same key came meanwhile
    /// and takes its place (the old one is dropped).
    /// </summary>
    public bool PutBack(OutboundItem item)
    {
        if (!item.CanWait)
        {
            _notifying.AddFirst(item);
            return true;
        }

        if (_waiting.Any(waiting => waiting.ReplaceKey == item.ReplaceKey))
        {
            return false;
        }

        _waiting.AddFirst(item);
        return true;
    }

    private int Drop(string aheadKey)
    {
        var dropped = 0;
        for (var node = _waiting.First; node is not null;)
        {
            var next = node.Next;
            if (node.Value is AheadItem { Ahead.Announcement.Key: { } key } && key == aheadKey)
            {
                _waiting.Remove(node);
                dropped++;
            }

            node = next;
        }

        return dropped;
    }
}
