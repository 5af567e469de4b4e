using WatchBot.Core.Features.Sessions;

namespace WatchBot.Engine.Ports;

/// <summary>
/// What a space's calendar feed lists, read apart from <see cref="ISessionStore"/> so the feed's
/// query never sits on a command's path.
/// </summary>
public interface ICalendarSource
{
    /// <summary>
    /// The space's booked sessions (<see cref="SessionPhase.Scheduled"/>) and those cancelled at or
    /// after <paramref name="cancelledSince"/> (so subscribed calendars learn of the cancellation),
    /// by start; at most <paramref name="limit"/>.
    /// </summary>
    Task<IReadOnlyList<WatchSession>> ListAsync(string platform, string spaceId, DateTimeOffset cancelledSince, int limit, CancellationToken cancellationToken);
}
