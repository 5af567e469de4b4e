using WatchBot.Core.Sessions;

namespace WatchBot.Platform.Outbound;

/// <summary>
/// One channel's queue: what notifies (announcements, arranged and withdrawn ones) in order, then
/// cards in order. Touched only under <see cref="ChannelQueues"/>' lock.
/// </summary>
internal sealed class ChannelLane(ChannelAddress channel)
{
    private readonly LinkedList<OutboundItem> _notifying = new();
    private readonly LinkedList<CardItem> _cards = new();

    public ChannelAddress Channel { get; } = channel;

    /// <summary>In the ready list, being sent, or parked: a worker will come back to it.</summary>
    public bool Scheduled { get; set; }

    /// <summary>The timer that brings a parked lane back (held here so it is not collected).</summary>
    public ITimer? Parked { get; set; }

    /// <summary>How often the item at the head was answered "wait" in a row.</summary>
    public int Throttles { get; set; }

    public bool HasWork => _notifying.Count > 0 || _cards.Count > 0;

    /// <summary>Queues <paramref name="item"/>; false when it replaced a waiting card of the same key (nothing more to send).</summary>
    public bool Add(OutboundItem item)
    {
        if (item is not CardItem card)
        {
            _notifying.AddLast(item);
            return true;
        }

        for (var node = _cards.First; node is not null; node = node.Next)
        {
            if (node.Value.Card.Key == card.Card.Key)
            {
                node.Value = card;
                return false;
            }
        }

        _cards.AddLast(card);
        return true;
    }

    /// <summary>The next send: anything that notifies before any card.</summary>
    public OutboundItem? TakeNext()
    {
        if (_notifying.First is { } first)
        {
            _notifying.RemoveFirst();
            return first.Value;
        }

        if (_cards.First is { } card)
        {
            _cards.RemoveFirst();
            return card.Value;
        }

        return null;
    }

    /// <summary>
    /// Puts a throttled item back in front; false when a newer state of the same card came meanwhile
    /// and takes its place (the old one is dropped).
    /// </summary>
    public bool PutBack(OutboundItem item)
    {
        if (item is not CardItem card)
        {
            _notifying.AddFirst(item);
            return true;
        }

        if (_cards.Any(waiting => waiting.Card.Key == card.Card.Key))
        {
            return false;
        }

        _cards.AddFirst(card);
        return true;
    }
}
