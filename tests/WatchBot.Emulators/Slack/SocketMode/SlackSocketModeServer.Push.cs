using System.Text.Json.Nodes;

namespace WatchBot.Emulators.Slack.SocketMode;

public sealed partial class SlackSocketModeServer
{
    /// <summary>Sends an envelope (see <see cref="SocketModeFrames"/>) on the newest connection; returns its id.</summary>
    public async Task<string> SendEnvelopeAsync(JsonObject envelope)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        var id = envelope["envelope_id"]!.GetValue<string>();
        // A redelivery keeps the first delivery's time: Slack's clock started then.
        _sentAt.TryAdd(id, _time.GetUtcNow());
        await Newest().SendAsync(envelope);
        return id;
    }

    /// <summary>Sends <c>{"type":"disconnect","reason":…}</c> on the newest connection (the socket stays open).</summary>
    public Task SendDisconnectAsync(string reason) => Newest().SendAsync(SocketModeFrames.Disconnect(reason));

    /// <summary>Sends raw UTF-8 as one text frame on the newest connection (malformed-input tests); no ack is expected of it.</summary>
    public Task SendRawFrameAsync(byte[] utf8) => Newest().SendAsync(utf8);

    /// <summary>Sends any frame on the newest connection.</summary>
    public Task SendFrameAsync(JsonObject frame) => Newest().SendAsync(frame);

    /// <summary>Closes the newest connection with a close handshake, as Slack does after a disconnect message.</summary>
    public Task CloseNewestAsync() => Newest().CloseAsync();

    /// <summary>Kills the newest connection without a close handshake (a network failure).</summary>
    public void DropNewest() => Newest().Socket.Abort();

    /// <summary>The first ack for an envelope, waiting up to <paramref name="timeout"/>.</summary>
    public async Task<SocketModeAckRecord> WaitForAckAsync(string envelopeId, TimeSpan timeout)
    {
        SocketModeAckRecord? found = null;
        await WaitUntilAsync(s => (found = s.Acks.FirstOrDefault(a => a.EnvelopeId == envelopeId)) is not null, timeout);
        return found!;
    }

    /// <summary>
    /// Waits (real time, bounded) until the condition over this server holds; checked after every
    /// connection, ack or close. Throws <see cref="TimeoutException"/> naming what was awaited.
    /// </summary>
    public async Task WaitUntilAsync(Func<SlackSocketModeServer, bool> condition, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(condition);
        using var limit = new CancellationTokenSource(timeout);
        while (true)
        {
            var changed = Volatile.Read(ref _changed).Task;
            if (condition(this))
            {
                return;
            }

            try
            {
                await changed.WaitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException(
                    $"Socket Mode emulator: condition not met within {timeout} (connections {ConnectionCount}, open {OpenConnectionCount}, urls {UrlsIssued}, acks {Acks.Count}).");
            }
        }
    }

    private EmulatedSocketModeConnection Newest() =>
        _open.Values.MaxBy(c => c.Number) ?? throw new InvalidOperationException("No Socket Mode client is connected.");
}
