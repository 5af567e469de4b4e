namespace WatchBot.Engine.Ports;

/// <summary>
/// Each space's calendar feed, known only by the SHA-256 hash of its secret (a leaked database gives
/// out no address). One feed per space: issuing a new one revokes the old.
/// </summary>
public interface ICalendarFeeds
{
    /// <summary>The space's feed, or null when it has none.</summary>
    Task<CalendarFeed?> GetAsync(string platform, string spaceId, CancellationToken cancellationToken);

    /// <summary>Stores a feed for a space that has none; false (and nothing stored) when it already has one.</summary>
    Task<bool> TryCreateAsync(string platform, string spaceId, byte[] secretHash, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Stores the space's feed, replacing (revoking) any it had; true when one was replaced.</summary>
    Task<bool> ReplaceAsync(string platform, string spaceId, byte[] secretHash, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>
    /// The feed whose secret hashes to <paramref name="secretHash"/>, or null: one indexed lookup,
    /// whether the secret never existed or was revoked.
    /// </summary>
    Task<CalendarFeed?> FindAsync(byte[] secretHash, CancellationToken cancellationToken);
}

/// <summary>A space's calendar feed: whose it is and since when (its secret is never kept).</summary>
public sealed record CalendarFeed(string Platform, string SpaceId, DateTimeOffset CreatedAt);
