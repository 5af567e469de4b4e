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

    public async Task AddAsync(string platform, string spaceId, string userId, string addedBy, CancellationToken cancellationToken)
    {
        try
        {
            await inner.AddAsync(platform, spaceId, userId, addedBy, cancellationToken);
        }
        finally
        {
            caches.Moderators.Clear();
        }
    }

    public async Task RemoveAsync(string platform, string spaceId, string userId, CancellationToken cancellationToken)
    {
        try
        {
            await inner.RemoveAsync(platform, spaceId, userId, cancellationToken);
        }
        finally
        {
            caches.Moderators.Clear();
        }
    }

    public Task<IReadOnlyList<string>> ListAsync(string platform, string spaceId, CancellationToken cancellationToken) =>
        inner.ListAsync(platform, spaceId, cancellationToken);
}
