using WatchBot.Engine.Ports;

namespace WatchBot.Engine.Spaces.Caching;

/// <summary>
/// <see cref="ISpaceModerators"/> with <see cref="ISpaceModerators.IsModeratorAsync"/> (asked by every
/// command) kept in <see cref="SpaceReadCaches.Moderators"/>; adding or removing clears it, so the next
/// command sees the change. The list (<c>/watch mod list</c>) is always read.
/// </summary>
public sealed class CachedSpaceModerators(ISpaceModerators inner, SpaceReadCaches caches) : ISpaceModerators
{
    public Task<bool> IsModeratorAsync(string platform, string spaceId, string userId, CancellationToken cancellationToken) =>
        caches.Moderators.GetAsync((platform, spaceId, userId), (k, ct) => inner.IsModeratorAsync(k.Platform, k.Space, k.User, ct), cancellationToken);

    public Task AddAsync(string platform, string spaceId, string userId, string addedBy, CancellationToken cancellationToken) =>
        caches.Moderators.AfterWriteAsync(() => inner.AddAsync(platform, spaceId, userId, addedBy, cancellationToken));

    public Task RemoveAsync(string platform, string spaceId, string userId, CancellationToken cancellationToken) =>
        caches.Moderators.AfterWriteAsync(() => inner.RemoveAsync(platform, spaceId, userId, cancellationToken));

    public Task<IReadOnlyList<string>> ListAsync(string platform, string spaceId, CancellationToken cancellationToken) =>
        inner.ListAsync(platform, spaceId, cancellationToken);
}
