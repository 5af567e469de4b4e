namespace WatchBot.Platform.Sockets;

/// <summary>One status for several sockets that serve together (a bot's shards).</summary>
public static class ShardStatus
{
    /// <summary>Connected when every socket is; Stopped when any stopped for good; NotStarted when there are none yet; else Connecting.</summary>
    public static SocketStatus Of(IEnumerable<SocketStatus> sockets)
    {
        var all = sockets.ToList();
        if (all.Count == 0)
        {
            return SocketStatus.NotStarted;
        }

        if (all.Contains(SocketStatus.Stopped))
        {
            return SocketStatus.Stopped;
        }

        return all.TrueForAll(s => s == SocketStatus.Connected) ? SocketStatus.Connected : SocketStatus.Connecting;
    }
}
