namespace WatchBot.Engine.Ports;

/// <summary>
/// Where a feed is served, as subscribers reach it: the HTTP side knows its public address
/// (<c>Http:PublicBaseUrl</c>), the engine only the secret.
/// </summary>
public interface ICalendarFeedAddress
{
    /// <summary>The feed's public URL for <paramref name="secret"/>; null when no public address is configured.</summary>
    Uri? UrlOf(string secret);
}

/// <summary>No public address: the feed cannot be offered (<c>/watch calendar</c> says what to set).</summary>
public sealed class NoCalendarFeedAddress : ICalendarFeedAddress
{
    public Uri? UrlOf(string secret) => null;
}
