using WatchBot.Engine.Ports;

namespace WatchBot.Engine.Spaces.Caching;

/// <summary>
/// <see cref="IPersonalData"/> that clears the read caches after forgetting, whether it worked or not:
/// forget-me deletes a person's moderator row (and expired bans) and rewrites their sessions, series and
/// polls, and retention deletes ended sessions, in transactions of their own, past the cached ports
/// (<see cref="SpaceReadCaches"/>, <see cref="Sessions.Caching.SessionReadCaches"/>). Rare, so all goes.
/// </summary>
public sealed class ClearingPersonalData(IPersonalData inner, params IReadOnlyList<IClearableReads> caches) : IPersonalData
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
            ClearAll();
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
            ClearAll();
        }
    }

    private void ClearAll()
    {
        foreach (var cache in caches)
        {
            cache.ClearAll();
        }
    }
}
