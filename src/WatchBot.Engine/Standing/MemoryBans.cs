using System.Collections.Concurrent;
using WatchBot.Engine.Ports;

namespace WatchBot.Engine.Standing;

/// <summary>Bans kept in memory: the engine's default when no store is registered (tests, tools); lost on restart.</summary>
public sealed class MemoryBans(TimeProvider time) : IBans
{
    private readonly ConcurrentDictionary<(string Platform, string Space, string User), BanRecord> _bans = new();

    public Task<BanRecord?> FindAsync(string platform, string spaceId, string userId, CancellationToken cancellationToken) =>
        Task.FromResult(_bans.TryGetValue((platform, spaceId, userId), out var ban) && InForce(ban) ? ban : null);

    public Task PutAsync(BanRecord ban, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ban);
        _bans[(ban.Platform, ban.SpaceId, ban.UserId)] = ban;
        return Task.CompletedTask;
    }

    public Task<bool> RemoveAsync(string platform, string spaceId, string userId, CancellationToken cancellationToken) =>
        Task.FromResult(_bans.TryRemove((platform, spaceId, userId), out var ban) && InForce(ban));

    private bool InForce(BanRecord ban) => ban.Until is not { } until || until > time.GetUtcNow();
}
