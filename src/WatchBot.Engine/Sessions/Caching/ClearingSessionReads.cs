using WatchBot.Engine.Ports;

namespace WatchBot.Engine.Sessions.Caching;

/// <summary>
/// <see cref="IPersonalData"/> that clears <see cref="SessionReadCaches"/> after forgetting: forget-me
/// rewrites the person's sessions, series and polls in every channel of the space, and retention deletes
/// ended sessions, in transactions of their own, past <see cref="CachedSessionStore"/>. Rare, so all goes.
/// </summary>
public sealed class ClearingSessionReads(IPersonalData inner, SessionReadCaches caches) : IPersonalData
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
