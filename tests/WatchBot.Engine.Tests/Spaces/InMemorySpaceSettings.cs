using System.Collections.Concurrent;
using WatchBot.Core.Features.Spaces;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Ports;

namespace WatchBot.Engine.Tests.Spaces;

/// <summary>
/// Space settings in a dictionary, with the store's version rule. <see cref="BeforeSave"/> runs just
/// before a save is checked (another writer slipping in); <see cref="Fail"/> makes every call throw.
/// </summary>
internal sealed class InMemorySpaceSettings : ISpaceSettingsStore
{
    private readonly ConcurrentDictionary<(string Platform, string Space), SpaceSettings> _stored = new();

    public bool Fail { get; set; }

    public Action? BeforeSave { get; set; }

    public int Saves { get; private set; }

    public Task<SpaceSettings> GetAsync(string platform, string spaceId, CancellationToken cancellationToken)
    {
        Check();
        return Task.FromResult(_stored.GetValueOrDefault((platform, spaceId), SpaceSettings.None));
    }

    public Task<SpaceSettings> SaveAsync(string platform, string spaceId, SpaceSettings settings, CancellationToken cancellationToken)
    {
        Check();
        var before = BeforeSave;
        BeforeSave = null;
        before?.Invoke();
        var stored = _stored.GetValueOrDefault((platform, spaceId), SpaceSettings.None);
        if (stored.Version != settings.Version)
        {
            throw new AggregateVersionConflictException(new AggregateKey("space-settings", spaceId), settings.Version);
        }

        Saves++;
        var saved = settings with { Version = settings.Version + 1 };
        _stored[(platform, spaceId)] = saved;
        return Task.FromResult(saved);
    }

    /// <summary>What another writer saves, bypassing the version check.</summary>
    public void Put(string platform, string spaceId, string? zone) =>
        _stored.AddOrUpdate((platform, spaceId), _ => new SpaceSettings { TimeZone = zone, Version = 1 }, (_, s) => new SpaceSettings { TimeZone = zone, Version = s.Version + 1 });

    private bool Check() => Fail ? throw new InvalidOperationException("database is locked") : true;
}
