using System.Collections.Concurrent;
using WatchBot.Core.Sessions;
using WatchBot.Engine.Ports;

namespace WatchBot.Testing;

/// <summary>
/// A hand-written store for coordinator tests, with the same one-live-session-per-channel rule as
/// the SQLite store. <see cref="FailNextSave"/> simulates a database that refuses a write.
/// </summary>
public sealed class InMemorySessionStore : ISessionStore
{
    private readonly ConcurrentDictionary<SessionId, WatchSession> _sessions = new();
    private readonly ConcurrentDictionary<SessionId, List<Reaction>> _reactions = new();
    private readonly Lock _gate = new();

    public bool FailNextSave { get; set; }

    public int SaveCount { get; private set; }

    public IReadOnlyCollection<WatchSession> All => [.. _sessions.Values];

    public Task<WatchSession?> GetAsync(SessionId id, CancellationToken cancellationToken) =>
        Task.FromResult(_sessions.GetValueOrDefault(id));

    public Task<WatchSession?> FindLiveAsync(ChannelAddress channel, CancellationToken cancellationToken) =>
        Task.FromResult(_sessions.Values.FirstOrDefault(s => s.Channel == channel && s.Phase.IsLive()));

    public Task<IReadOnlyList<WatchSession>> ListScheduledAsync(ChannelAddress channel, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<WatchSession>>(
            [.. _sessions.Values.Where(s => s.Channel == channel && s.Phase == SessionPhase.Scheduled).OrderBy(s => s.ScheduledFor)]);

    public Task<IReadOnlyList<WatchSession>> ListUnfinishedAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<WatchSession>>([.. _sessions.Values.Where(s => s.Phase != SessionPhase.Ended)]);

    public Task<IReadOnlyList<Reaction>> ListReactionsAsync(SessionId id, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<Reaction>>([.. _reactions.GetValueOrDefault(id) ?? []]);
        }
    }

    public Task SaveAsync(WatchSession session, IReadOnlyList<Reaction> newReactions, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (FailNextSave)
            {
                FailNextSave = false;
                throw new IOException("disk full (simulated)");
            }

            if (session.Phase.IsLive() && _sessions.Values.Any(s => s.Id != session.Id && s.Channel == session.Channel && s.Phase.IsLive()))
            {
                throw new LiveSessionConflictException(session.Channel);
            }

            _sessions[session.Id] = session;
            var stored = _reactions.GetOrAdd(session.Id, _ => []);
            stored.AddRange(newReactions.Where(r => !stored.Exists(s => s.Sequence == r.Sequence)));
            SaveCount++;
        }

        return Task.CompletedTask;
    }
}
