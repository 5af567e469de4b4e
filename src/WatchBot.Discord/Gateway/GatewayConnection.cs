using System.Net.WebSockets;
using WatchBot.Platform.Sockets;

namespace WatchBot.Discord.Gateway;

/// <summary>
/// One WebSocket to the gateway, from connect to close: hello, identify or resume, heartbeats, and
/// dispatches. It never reconnects itself; it tells its <see cref="GatewayShard"/> what to do next.
/// The receive loop only parses and routes: anything that waits (identify budget, heartbeats,
/// handlers) runs beside it.
/// </summary>
internal sealed partial class GatewayConnection(GatewayShardContext ctx, int shardId, GatewaySession session, Action? ready = null) : IDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly CancellationTokenSource _done = new();
    private readonly CancellationTokenSource _abort = new();
    private readonly Lock _gate = new();
    private readonly List<Task> _background = [];
    private SocketOutcome? _requested;
    private bool _helloReceived;
    private bool _healthy;

    public async Task<SocketOutcome> RunAsync(Uri url, bool resume, CancellationToken stopping)
    {
        try
        {
            if (!await ConnectAsync(url, stopping))
            {
                return stopping.IsCancellationRequested ? SocketOutcome.Stopped : SocketOutcome.Reconnect;
            }

            SocketOutcome outcome;
            using (stopping.Register(() => RequestClose(SocketOutcome.Stopped, (int)WebSocketCloseStatus.NormalClosure)))
            {
                Track(WatchHelloAsync());
                outcome = await ReceiveLoopAsync(resume);
            }

            return outcome with { Healthy = IsHealthy() };
        }
        finally
        {
            await _done.CancelAsync();
            await Task.WhenAll(Snapshot());
        }
    }

    public void Dispose()
    {
        _socket.Dispose();
        _sendLock.Dispose();
        _done.Dispose();
        _abort.Dispose();
    }

    private async Task<bool> ConnectAsync(Uri url, CancellationToken stopping)
    {
        using var timeout = new CancellationTokenSource(ctx.Options.ConnectTimeout, ctx.Time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stopping, timeout.Token);
        try
        {
            await _socket.ConnectAsync(WithVersion(url), linked.Token);
            return true;
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or HttpRequestException)
        {
            if (!stopping.IsCancellationRequested)
            {
                GatewayLog.ConnectionLost(ctx.Logger, ex, shardId);
            }

            return false;
        }
    }

    /// <summary>Adds the version and encoding Discord requires on every gateway and resume URL.</summary>
    internal static Uri WithVersion(Uri url) => new UriBuilder(url) { Query = "v=10&encoding=json" }.Uri;

    private bool IsHealthy()
    {
        lock (_gate)
        {
            return _healthy;
        }
    }

    private SocketOutcome? Requested()
    {
        lock (_gate)
        {
            return _requested;
        }
    }

    private void Track(Task task)
    {
        lock (_gate)
        {
            _background.Add(task);
        }
    }

    private Task[] Snapshot()
    {
        lock (_gate)
        {
            return [.. _background];
        }
    }
}
