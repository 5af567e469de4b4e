using System.Net.WebSockets;
using System.Text;

namespace WatchBot.Emulators.Discord.Gateway;

/// <summary>One accepted client socket: which path it came in on and which shard/session it speaks for.</summary>
public sealed class EmulatedGatewayConnection(int id, string pathAndQuery, WebSocket socket) : IDisposable
{
    private readonly SemaphoreSlim _send = new(1, 1);

    public int Id => id;

    /// <summary>The request path and query (<c>/?v=10&amp;encoding=json</c>, <c>/resume?…</c>).</summary>
    public string PathAndQuery => pathAndQuery;

    /// <summary>The shard id from identify (or from the resumed session); null before either.</summary>
    public int? ShardId { get; internal set; }

    internal EmulatedGatewaySession? Session { get; set; }

    /// <summary>Set when the server sent its close frame first.</summary>
    internal bool ServerClosed { get; private set; }

    public async Task SendAsync(string json)
    {
        await _send.WaitAsync();
        try
        {
            if (socket.State == WebSocketState.Open)
            {
                await socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, CancellationToken.None);
            }
        }
        catch (WebSocketException)
        {
            // The client went away; the receive loop notices.
        }
        finally
        {
            _send.Release();
        }
    }

    public async Task CloseAsync(int code)
    {
        await _send.WaitAsync();
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                ServerClosed = socket.State == WebSocketState.Open;
                await socket.CloseOutputAsync((WebSocketCloseStatus)code, "emulated close", CancellationToken.None);
            }
        }
        catch (WebSocketException)
        {
            // Already gone.
        }
        finally
        {
            _send.Release();
        }
    }

    /// <summary>Drops the TCP connection without a close frame, like a network failure.</summary>
    public void Abort() => socket.Abort();

    public void Dispose() => _send.Dispose();
}
