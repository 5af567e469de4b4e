using WatchBot.Core.Features.Spaces;

namespace WatchBot.Engine.Ports;

/// <summary>Where each space's settings are kept (one row per platform and space).</summary>
public interface ISpaceSettingsStore
{
    /// <summary>The space's settings; <see cref="SpaceSettings.None"/> when it never set any.</summary>
    Task<SpaceSettings> GetAsync(string platform, string spaceId, CancellationToken cancellationToken);

    /// <summary>
    /// Saves <paramref name="settings"/> only if the stored version is still <see cref="SpaceSettings.Version"/>
    /// (0: none stored yet); throws <see cref="AggregateVersionConflictException"/> otherwise. Returns the value as stored.
    /// </summary>
    Task<SpaceSettings> SaveAsync(string platform, string spaceId, SpaceSettings settings, CancellationToken cancellationToken);
}
