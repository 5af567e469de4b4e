using System.Collections.Concurrent;
using WatchBot.Core.Features.MovieNights;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Ports;

namespace WatchBot.Testing;

/// <summary>
/// An in-memory session store that also keeps the series its commits change (<see cref="SeriesChange"/>),
/// at their versions, as the SQLite store and its series writer do: a stale series version refuses the
/// commit. For engine-only runs (the contract's reference engine) that set up recurring movie nights.
/// </summary>
public sealed class SeriesOverSessionStore(ISessionStore sessions) : ISessionStore, ISeriesStore
{
    private readonly ConcurrentDictionary<SeriesId, MovieSeries> _series = new();
    private readonly Lock _gate = new();

    public Task<WatchSession?> GetAsync(SessionId id, CancellationToken cancellationToken) => sessions.GetAsync(id, cancellationToken);

    public Task<WatchSession?> FindLiveAsync(ChannelAddress channel, CancellationToken cancellationToken) => sessions.FindLiveAsync(channel, cancellationToken);

    public Task<IReadOnlyList<WatchSession>> ListScheduledAsync(ChannelAddress channel, CancellationToken cancellationToken) =>
        sessions.ListScheduledAsync(channel, cancellationToken);

    public Task<IReadOnlyList<WatchSession>> ListUnfinishedAsync(CancellationToken cancellationToken) => sessions.ListUnfinishedAsync(cancellationToken);

    public Task<IReadOnlyList<Reaction>> ListReactionsAsync(SessionId id, CancellationToken cancellationToken) => sessions.ListReactionsAsync(id, cancellationToken);

    public Task SaveAsync(WatchSession session, IReadOnlyList<Reaction> newReactions, CancellationToken cancellationToken) =>
        sessions.SaveAsync(session, newReactions, cancellationToken);

    public async Task<IReadOnlyList<OutboxEntry>> CommitAsync(SessionCommit commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commit);
        var changes = commit.Changes.OfType<SeriesChange>().ToList();
        lock (_gate)
        {
            foreach (var change in changes)
            {
                var stored = _series.TryGetValue(change.Series.Id, out var s) ? s.Version : 0;
                if (stored != change.ExpectedVersion)
                {
                    throw new AggregateVersionConflictException(change.Key, change.ExpectedVersion);
                }
            }
        }

        var committed = await sessions.CommitAsync(commit with { Changes = [.. commit.Changes.Where(c => c is not SeriesChange)] }, cancellationToken);
        foreach (var change in changes)
        {
            _series[change.Series.Id] = change.Series with { Version = change.ExpectedVersion + 1 };
        }

        return committed;
    }

    public Task<IReadOnlyList<OutboxEntry>> ListPendingOutboxAsync(int limit, CancellationToken cancellationToken) => sessions.ListPendingOutboxAsync(limit, cancellationToken);

    public Task MarkOutboxSentAsync(long id, DateTimeOffset sentAt, CancellationToken cancellationToken) => sessions.MarkOutboxSentAsync(id, sentAt, cancellationToken);

    public Task MarkOutboxFailedAsync(long id, CancellationToken cancellationToken) => sessions.MarkOutboxFailedAsync(id, cancellationToken);

    public Task<MovieSeries?> GetAsync(SeriesId id, CancellationToken cancellationToken) =>
        Task.FromResult(_series.TryGetValue(id, out var series) ? series : null);

    public Task<IReadOnlyList<MovieSeries>> ListActiveAsync(ChannelAddress channel, CancellationToken cancellationToken) =>
        Active(s => s.Channel == channel);

    public Task<IReadOnlyList<MovieSeries>> ListActiveInSpaceAsync(string platform, string spaceId, CancellationToken cancellationToken) =>
        Active(s => s.Channel.Platform == platform && s.Channel.SpaceId == spaceId);

    public Task<IReadOnlyList<MovieSeries>> ListAllActiveAsync(CancellationToken cancellationToken) => Active(_ => true);

    private Task<IReadOnlyList<MovieSeries>> Active(Func<MovieSeries, bool> where) =>
        Task.FromResult<IReadOnlyList<MovieSeries>>([.. _series.Values.Where(s => s.EndedAt is null && where(s)).OrderBy(s => s.CreatedAt)]);
}
