namespace WatchBot.Slack.SocketMode;

/// <summary>
/// The random part of the reconnect delay, so that many bots losing Slack at once do not all come
/// back in the same instant. A seam so tests can pin it.
/// </summary>
public interface ISocketModeJitter
{
    /// <summary>A number in [0, 1).</summary>
    double NextFraction();
}
