using WatchBot.Engine.Ports;

namespace WatchBot.Engine.Spaces.Caching;

/// <summary>
/// <see cref="IBans"/> with <see cref="IBans.FindAsync"/> (asked by every command) kept in
/// <see cref="SpaceReadCaches.Bans"/>; banning or unbanning clears it. A kept ban is judged against
/// <paramref name="time"/> at each read, so one that ran out stops counting at its end, as the store's would.
/// </summary>
public sealed class CachedBans(IBans inner, SpaceReadCaches caches, TimeProvider time) : IBans
{
    public async Task<BanRecord?> FindAsync(string platform, string spaceId, string userId, CancellationToken cancellationToken)
    {
        var ban = await caches.Bans.GetAsync((platform, spaceId, userId), (k, ct) => inner.FindAsync(k.Platform, k.Space, k.User, ct), cancellationToken);
        return ban is { Until: { } until } && until <= time.GetUtcNow() ? null : ban;
    }

    public Task PutAsync(BanRecord ban, CancellationToken cancellationToken) =>
        caches.Bans.AfterWriteAsync(() => inner.PutAsync(ban, cancellationToken));

    public Task<bool> RemoveAsync(string platform, string spaceId, string userId, CancellationToken cancellationToken) =>
        caches.Bans.AfterWriteAsync(() => inner.RemoveAsync(platform, spaceId, userId, cancellationToken));
}
