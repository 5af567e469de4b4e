using WatchBot.Core.Features.Spaces;

namespace WatchBot.Engine.Ports;

/// <summary>Settings for hosts and tests without a store: every space has the defaults, and saving is refused.</summary>
public sealed class NoSpaceSettings : ISpaceSettingsStore
{
    public Task<SpaceSettings> GetAsync(string platform, string spaceId, CancellationToken cancellationToken) =>
        Task.FromResult(SpaceSettings.None);

    public Task<SpaceSettings> SaveAsync(string platform, string spaceId, SpaceSettings settings, CancellationToken cancellationToken) =>
        throw new NotSupportedException("This host keeps no space settings.");
}
