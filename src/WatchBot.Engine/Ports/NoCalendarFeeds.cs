namespace WatchBot.Engine.Ports;

/// <summary>For hosts and tests without a feed store: no feed exists, and none can be issued.</summary>
public sealed class NoCalendarFeeds : ICalendarFeeds
{
    public Task<CalendarFeed?> GetAsync(string platform, string spaceId, CancellationToken cancellationToken) => Task.FromResult<CalendarFeed?>(null);

    public Task<bool> TryCreateAsync(string platform, string spaceId, byte[] secretHash, DateTimeOffset at, CancellationToken cancellationToken) =>
        throw new NotSupportedException("No calendar feed store is registered.");

    public Task<bool> ReplaceAsync(string platform, string spaceId, byte[] secretHash, DateTimeOffset at, CancellationToken cancellationToken) =>
        throw new NotSupportedException("No calendar feed store is registered.");

    public Task<CalendarFeed?> FindAsync(byte[] secretHash, CancellationToken cancellationToken) => Task.FromResult<CalendarFeed?>(null);
}
