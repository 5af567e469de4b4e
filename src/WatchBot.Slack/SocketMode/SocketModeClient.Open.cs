namespace WatchBot.Slack.SocketMode;

public sealed partial class SocketModeClient
{
    /// <summary>
    /// A fresh URL, the handshake, and <c>hello</c> (or an early <c>disconnect</c>). Null on any failure,
    /// which the caller backs off from; <paramref name="retryDelay"/> is only for the log line.
    /// </summary>
    private async Task<SocketModeConnection?> TryOpenAsync(int failures, TimeSpan retryDelay, CancellationToken cancellationToken)
    {
        _status = SocketModeStatus.Connecting;
        Uri url;
        try
        {
            url = await _urlSource.OpenConnectionAsync(cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Message redacted, exception not logged whole: HTTP errors can echo headers and URLs.
            SocketModeLog.UrlSourceFailed(_logger, ex.GetType().Name, SecretRedactor.Redact(ex.Message), retryDelay);
            return null;
        }

        if (_options.DebugReconnects)
        {
            url = new UriBuilder(url) { Query = $"{url.Query.TrimStart('?')}&debug_reconnects=true".TrimStart('&') }.Uri;
        }

        var id = Interlocked.Increment(ref _connectionIds);
        SocketModeLog.Opening(_logger, id, url.Host, failures);
        SocketModeConnection connection;
        try
        {
            connection = await SocketModeConnection.OpenAsync(id, url, _dispatcher, _options, _time, _logger, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            SocketModeLog.ConnectFailed(_logger, id, ex.GetType().Name, SecretRedactor.Redact(ex.Message), retryDelay);
            return null;
        }

        try
        {
            await Task.WhenAny(connection.Hello, connection.Ended).WaitAsync(_options.HelloTimeout, _time, cancellationToken);
        }
        catch (TimeoutException)
        {
            SocketModeLog.HelloTimedOut(_logger, id, _options.HelloTimeout, retryDelay);
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
            _status = SocketModeStatus.Connected;
            var hello = connection.Hello.Result;
            SocketModeLog.Ready(_logger, id, hello.NumConnections, hello.DebugHost);
        }

        // A disconnect before hello is handled by the caller like any other end.
        return connection;
    }
}
