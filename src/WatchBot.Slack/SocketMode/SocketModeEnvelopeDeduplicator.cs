namespace WatchBot.Slack.SocketMode;

/// <summary>
/// Remembers the most recent envelope ids (oldest forgotten first), across reconnects: Slack may
/// redeliver an envelope on the new connection when the ack on the old one was lost.
/// </summary>
public sealed class SocketModeEnvelopeDeduplicator(int capacity)
{
    private readonly object _gate = new();
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    /// <summary>True the first time an id is seen; false for a redelivery.</summary>
    public bool TryRemember(string envelopeId)
    {
        lock (_gate)
        {
            if (!_seen.Add(envelopeId))
            {
                return false;
            }

            _order.Enqueue(envelopeId);
            if (_order.Count > capacity)
            {
                _seen.Remove(_order.Dequeue());
            }

            return true;
        }
    }
}
