namespace WatchBot.Slack.SocketMode;

/// <summary>
/// Calls <c>apps.connections.open</c> with the app-level token for a fresh, single-use WebSocket URL
/// (implemented by the Web API client). Called again for every reconnect.
/// </summary>
public interface ISocketModeUrlSource
{
    Task<Uri> OpenConnectionAsync(CancellationToken cancellationToken);
}
