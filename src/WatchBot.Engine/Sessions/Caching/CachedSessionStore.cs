using System.Collections.Immutable;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Ports;

namespace WatchBot.Engine.Sessions.Caching;

/// <summary>
/// <see cref="ISessionStore"/> with the channel reads every command makes (<see cref="FindLiveAsync"/>,
/// <see cref="ListScheduledAsync"/>) kept in <see cref="SessionReadCaches"/>. A commit forgets the
/// channels it wrote once it is done, committed or refused; a save (tools, seeding: it may move a
/// session between channels) forgets everything. Reads by id, recovery, reactions and the outbox go
/// to the store. Registered only on SQLite, where every write to the file passes through this process.
/// </summary>
public sealed class CachedSessionStore : ISessionStore
{
    private readonly ISessionStore _inner;
    private readonly SessionReadCaches _caches;

    // Made once: a method group or a lambda over the store would be a new delegate per read.
    private readonly Func<ChannelAddress, CancellationToken, Task<WatchSession?>> _readLive;
    private readonly Func<ChannelAddress, CancellationToken, Task<IReadOnlyList<WatchSession>>> _readScheduled;

    public CachedSessionStore(ISessionStore inner, SessionReadCaches caches)
    {
        _inner = inner ?? throw new ArgumentNullException(nameof(inner));
        _caches = caches ?? throw new ArgumentNullException(nameof(caches));
        _readLive = inner.FindLiveAsync;
        _readScheduled = async (c, ct) => Frozen(await inner.ListScheduledAsync(c, ct));
    }

    public Task<WatchSession?> GetAsync(SessionId id, CancellationToken cancellationToken) =>
        _inner.GetAsync(id, cancellationToken);

    public Task<WatchSession?> FindLiveAsync(ChannelAddress channel, CancellationToken cancellationToken) =>
        _caches.Live.GetAsync(channel, _readLive, cancellationToken);

    public Task<IReadOnlyList<WatchSession>> ListScheduledAsync(ChannelAddress channel, CancellationToken cancellationToken) =>
        _caches.Scheduled.GetAsync(channel, _readScheduled, cancellationToken);

    public Task<IReadOnlyList<WatchSession>> ListUnfinishedAsync(CancellationToken cancellationToken) =>
        _inner.ListUnfinishedAsync(cancellationToken);

    public Task<IReadOnlyList<Reaction>> ListReactionsAsync(SessionId id, CancellationToken cancellationToken) =>
        _inner.ListReactionsAsync(id, cancellationToken);

    public async Task SaveAsync(WatchSession session, IReadOnlyList<Reaction> newReactions, CancellationToken cancellationToken)
    {
        try
        {
            await _inner.SaveAsync(session, newReactions, cancellationToken);
        }
        finally
        {
            _caches.ClearAll();
        }
    }

    public Task<IReadOnlyList<OutboxEntry>> CommitAsync(SessionCommit commit, CancellationToken cancellationToken) =>
        _caches.AfterCommitAsync(commit, () => _inner.CommitAsync(commit, cancellationToken));

    public Task<IReadOnlyList<OutboxEntry>> ListPendingOutboxAsync(int limit, CancellationToken cancellationToken) =>
        _inner.ListPendingOutboxAsync(limit, cancellationToken);

    public Task MarkOutboxSentAsync(long id, DateTimeOffset sentAt, CancellationToken cancellationToken) =>
        _inner.MarkOutboxSentAsync(id, sentAt, cancellationToken);

    public Task MarkOutboxFailedAsync(long id, CancellationToken cancellationToken) =>
        _inner.MarkOutboxFailedAsync(id, cancellationToken);

    public Task SaveAsync(WatchSession session, CancellationToken cancellationToken) => SaveAsync(session, [], cancellationToken);

    /// <summary>A list no caller can change, so one can be handed to every command (the store's is a <c>List</c>).</summary>
    internal static IReadOnlyList<T> Frozen<T>(IReadOnlyList<T> list) => ImmutableArray.CreateRange(list);
}
