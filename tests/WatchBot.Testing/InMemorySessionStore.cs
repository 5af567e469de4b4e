using System.Collections.Concurrent;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
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
    private readonly List<(OutboxEntry Entry, DateTimeOffset? SentAt)> _outbox = [];
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
        Write(new SessionCommit(session, newReactions, []), expectVersion: false);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<OutboxEntry>> CommitAsync(SessionCommit commit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<OutboxEntry>>(Write(commit, expectVersion: true));

    /// <summary>Every outbox entry ever committed, with when it was marked sent.</summary>
    public IReadOnlyList<(OutboxEntry Entry, DateTimeOffset? SentAt)> Outbox
    {
        get
        {
            lock (_gate)
            {
                return [.. _outbox];
            }
        }
    }

    public Task<IReadOnlyList<OutboxEntry>> ListPendingOutboxAsync(int limit, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<OutboxEntry>>([.. _outbox.Where(o => o.SentAt is null).Select(o => o.Entry).Take(limit)]);
        }
    }

    public Task MarkOutboxSentAsync(long id, DateTimeOffset sentAt, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var i = _outbox.FindIndex(o => o.Entry.Id == id && o.SentAt is null);
            if (i >= 0)
            {
                _outbox[i] = (_outbox[i].Entry, sentAt);
            }
        }

        return Task.CompletedTask;
    }

    public Task MarkOutboxFailedAsync(long id, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var i = _outbox.FindIndex(o => o.Entry.Id == id && o.SentAt is null);
            if (i >= 0)
            {
                _outbox[i] = (_outbox[i].Entry with { Attempts = _outbox[i].Entry.Attempts + 1 }, null);
            }
        }

        return Task.CompletedTask;
    }

    private List<OutboxEntry> Write(SessionCommit commit, bool expectVersion)
    {
        var session = commit.Session;
        lock (_gate)
        {
            if (FailNextSave)
            {
                FailNextSave = false;
                throw new IOException("disk full (simulated)");
            }

            var storedVersion = _sessions.TryGetValue(session.Id, out var stored) ? stored.Version : 0;
            if (expectVersion && storedVersion != session.Version)
            {
                throw new SessionVersionConflictException(session.Id, session.Version);
            }

            if (session.Phase.IsLive() && _sessions.Values.Any(s => s.Id != session.Id && s.Channel == session.Channel && s.Phase.IsLive()))
            {
                throw new LiveSessionConflictException(session.Channel);
            }

            _sessions[session.Id] = session with { Version = storedVersion + 1 };
            var reactions = _reactions.GetOrAdd(session.Id, _ => []);
            reactions.AddRange(commit.NewReactions.Where(r => !reactions.Exists(s => s.Sequence == r.Sequence)));
            var committed = new List<OutboxEntry>();
            foreach (var entry in commit.Outbox)
            {
                var withId = entry with { Id = _outbox.Count + 1 };
                _outbox.Add((withId, null));
                committed.Add(withId);
            }

            SaveCount++;
            return committed;
        }
    }
}
