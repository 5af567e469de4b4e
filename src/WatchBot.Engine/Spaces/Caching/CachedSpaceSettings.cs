using WatchBot.Core.Features.Spaces;
using WatchBot.Engine.Ports;

namespace WatchBot.Engine.Spaces.Caching;

/// <summary>
/// <see cref="ISpaceSettingsStore"/> with <see cref="ISpaceSettingsStore.GetAsync"/> (read by every
/// session command) kept in <see cref="SpaceReadCaches.Settings"/>; a save, saved or refused as a
/// conflict, clears it. <see cref="SpaceSettings"/> is immutable, so one value can serve every command.
/// </summary>
public sealed class CachedSpaceSettings(ISpaceSettingsStore inner, SpaceReadCaches caches) : ISpaceSettingsStore
{
    public Task<SpaceSettings> GetAsync(string platform, string spaceId, CancellationToken cancellationToken) =>
        caches.Settings.GetAsync((platform, spaceId), (k, ct) => inner.GetAsync(k.Platform, k.Space, ct), cancellationToken);

    public Task<SpaceSettings> SaveAsync(string platform, string spaceId, SpaceSettings settings, CancellationToken cancellationToken) =>
        caches.Settings.AfterWriteAsync(() => inner.SaveAsync(platform, spaceId, settings, cancellationToken));
}
