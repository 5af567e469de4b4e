namespace WatchBot.Engine.Ports;

/// <summary>
/// A small durable notebook for platform adapters: what they must remember across restarts about
/// the messages they posted (the session message's id to edit it in place, a Slack scheduled
/// message's id to delete it). Keys are the adapter's own; values are opaque to everyone else.
/// </summary>
public interface IPlatformLinks
{
    Task<string?> GetAsync(string platform, string key, CancellationToken cancellationToken);

    /// <summary>Inserts or replaces.</summary>
    Task SetAsync(string platform, string key, string value, CancellationToken cancellationToken);

    Task DeleteAsync(string platform, string key, CancellationToken cancellationToken);
}
