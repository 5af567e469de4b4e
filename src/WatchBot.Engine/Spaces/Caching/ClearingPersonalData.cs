using WatchBot.Engine.Ports;

namespace WatchBot.Engine.Spaces.Caching;

/// <summary>
/// <see cref="IPersonalData"/> that clears <see cref="SpaceReadCaches"/> after forgetting someone:
/// forget-me deletes their moderator row (and expired bans) in its own transaction, past the cached ports.
/// </summary>
public sealed class ClearingPersonalData(IPersonalData inner, SpaceReadCaches caches) : IPersonalData
{
    public Task<Core.Features.Privacy.PersonalData> DescribeAsync(string platform, string spaceId, string userId, CancellationToken cancellationToken) =>
        inner.DescribeAsync(platform, spaceId, userId, cancellationToken);

    public async Task<ForgetResult> ForgetAsync(string platform, string spaceId, string userId, string displayName, CancellationToken cancellationToken)
    {
        try
        {
            return await inner.ForgetAsync(platform, spaceId, userId, displayName, cancellationToken);
        }
        finally
        {
            caches.ClearAll();
        }
    }

    public async Task<int> ForgetEndedSessionsAsync(DateTimeOffset endedBefore, CancellationToken cancellationToken)
    {
        try
        {
            return await inner.ForgetEndedSessionsAsync(endedBefore, cancellationToken);
        }
        finally
        {
            caches.ClearAll();
        }
    }
}
