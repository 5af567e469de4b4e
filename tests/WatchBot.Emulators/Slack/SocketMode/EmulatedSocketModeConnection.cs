using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WatchBot.Emulators.Slack.SocketMode;

/// <summary>One client connected to the emulated Socket Mode server; sends are serialized.</summary>
internal sealed class EmulatedSocketModeConnection(int number, WebSocket socket) : IDisposable
{
    private readonly SemaphoreSlim _sendLock = new(1, 1);

    public int Number { get; } = number;

    public WebSocket Socket { get; } = socket;

    public Task SendAsync(JsonObject frame) => SendAsync(JsonSerializer.SerializeToUtf8Bytes(frame));

    /// <summary>Sends <paramref name="bytes"/> as one text frame, unchecked.</summary>
    public async Task SendAsync(byte[] bytes)
    {
        await _sendLock.WaitAsync();
        try
        {
            await Socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    public void Dispose() => _sendLock.Dispose();

    public async Task CloseAsync()
    {
        await _sendLock.WaitAsync();
        try
        {
            if (Socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await Socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "emulator closing", CancellationToken.None);
            }
        }
        finally
        {
            _sendLock.Release();
        }
    }
}
