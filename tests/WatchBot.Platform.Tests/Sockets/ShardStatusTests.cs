using WatchBot.Platform.Sockets;

namespace WatchBot.Platform.Tests.Sockets;

/// <summary>The gateway's shards as one status for /healthz/ready: connected only when all are.</summary>
public sealed class ShardStatusTests
{
    [Fact]
    public void NoShardsYet_IsNotStarted() => Assert.Equal(SocketStatus.NotStarted, ShardStatus.Of([]));

    [Fact]
    public void AllConnected_IsConnected() =>
        Assert.Equal(SocketStatus.Connected, ShardStatus.Of([SocketStatus.Connected, SocketStatus.Connected]));

    [Fact]
    public void OneStillConnecting_IsConnecting() =>
        Assert.Equal(SocketStatus.Connecting, ShardStatus.Of([SocketStatus.Connected, SocketStatus.Connecting]));

    [Fact]
    public void OneStoppedForGood_IsStopped() =>
        Assert.Equal(SocketStatus.Stopped, ShardStatus.Of([SocketStatus.Connected, SocketStatus.Stopped, SocketStatus.Connecting]));
}
