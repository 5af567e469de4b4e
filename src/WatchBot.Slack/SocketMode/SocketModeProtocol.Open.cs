using WatchBot.Platform.Sockets;

namespace WatchBot.Slack.SocketMode;

internal sealed partial class SocketModeProtocol
{
    /// <summary>
    /// A fresh URL, the handshake, and <c>hello</c> (or an early <c>disconnect</c>). Null on any failure,
    /// which the host backs off from (the attempt's retry delay, named in the log line).
    /// </summary>
    private async Task<SocketModeConnection?> TryOpenAsync(SocketAttempt attempt, CancellationToken cancellationToken)
    {
        var retryDelay = attempt.RetryDelay;
        Uri url;
        try
        {
            url = await urlSource.OpenConnectionAsync(cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Message redacted, exception not logged whole: HTTP errors can echo headers and URLs.
            SocketModeLog.UrlSourceFailed(logger, ex.GetType().Name, SecretRedactor.Redact(ex.Message), retryDelay);
            return null;
        }

        if (options.DebugReconnects)
        {
            url = new UriBuilder(url) { Query = $"{url.Query.TrimStart('?')}&debug_reconnects=true".TrimStart('&') }.Uri;
        }

        var id = Interlocked.Increment(ref _connectionIds);
        SocketModeLog.Opening(logger, id, url.Host, attempt.Failures);
        SocketModeConnection connection;
        try
        {
            connection = await SocketModeConnection.OpenAsync(id, url, dispatcher, options, time, logger, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            SocketModeLog.ConnectFailed(logger, id, ex.GetType().Name, SecretRedactor.Redact(ex.Message), retryDelay);
            return null;
        }

        try
        {
            await Task.WhenAny(connection.Hello, connection.Ended).WaitAsync(options.HelloTimeout, time, cancellationToken);
        }
        catch (TimeoutException)
        {
            SocketModeLog.HelloTimedOut(logger, id, options.HelloTimeout, retryDelay);
            await connection.DisposeAsync();
            return null;
        }
        catch (OperationCanceledException)
        {
            await connection.DisposeAsync();
            throw;
        }

        if (connection.Hello.IsCompletedSuccessfully)
        {
            attempt.Connected();
            var hello = connection.Hello.Result;
            SocketModeLog.Ready(logger, id, hello.NumConnections, hello.DebugHost);
        }

        // A disconnect before hello is handled by the caller like any other end.
        return connection;
    }
}
