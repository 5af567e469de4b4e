using Microsoft.Extensions.Logging;
using Npgsql;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Ports;

namespace WatchBot.Storage.Postgres;

/// <summary>
/// The session store on PostgreSQL: the same contract as the SQLite store, for several instances
/// sharing one database. A save is committed when its task completes; concurrent commits on one
/// session are ordered by the row lock and refused by version.
/// </summary>
internal sealed partial class PostgresSessionStore : ISessionStore
{
    private readonly PostgresDatabase _database;
    private readonly ILogger _logger;
    private readonly Dictionary<string, IPostgresAggregateWriter> _writers = new(StringComparer.Ordinal);

    public PostgresSessionStore(PostgresDatabase database, ILogger logger, IEnumerable<IPostgresAggregateWriter> writers)
    {
        _database = database;
        _logger = logger;
        foreach (var writer in writers)
        {
            if (!_writers.TryAdd(writer.Kind, writer))
            {
                throw new ArgumentException($"Two writers for aggregate kind '{writer.Kind}'; a kind has exactly one.", nameof(writers));
            }
        }
    }

    public async Task<WatchSession?> GetAsync(SessionId id, CancellationToken cancellationToken)
    {
        var found = await QueryAsync(PostgresSessionSql.SelectById, p => p.AddWithValue("id", id.Value), cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    public async Task<WatchSession?> FindLiveAsync(ChannelAddress channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var found = await QueryAsync(PostgresSessionSql.SelectLive, p => BindChannel(p, channel), cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    public async Task<IReadOnlyList<WatchSession>> ListScheduledAsync(ChannelAddress channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return await QueryAsync(PostgresSessionSql.SelectScheduled, p => BindChannel(p, channel), cancellationToken);
    }

    public async Task<IReadOnlyList<WatchSession>> ListUnfinishedAsync(CancellationToken cancellationToken) =>
        await QueryAsync(PostgresSessionSql.SelectUnfinished, static _ => { }, cancellationToken);

    public async Task<IReadOnlyList<Reaction>> ListReactionsAsync(SessionId id, CancellationToken cancellationToken) =>
        await PostgresCommands.ReadAsync(
            _database, PostgresSessionSql.SelectReactions, p => p.AddWithValue("session_id", id.Value), PostgresSessionRows.ReadReaction, cancellationToken);

    /// <summary>A save that appends no reaction.</summary>
    public Task SaveAsync(WatchSession session, CancellationToken cancellationToken) => SaveAsync(session, [], cancellationToken);

    public async Task SaveAsync(WatchSession session, IReadOnlyList<Reaction> newReactions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(newReactions);
        await WriteAsync(new SessionCommit(session, newReactions, []), expectVersion: false, cancellationToken);
    }

    public Task<IReadOnlyList<OutboxEntry>> CommitAsync(SessionCommit commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commit);
        return WriteAsync(commit, expectVersion: true, cancellationToken);
    }

    public async Task<IReadOnlyList<OutboxEntry>> ListPendingOutboxAsync(int limit, CancellationToken cancellationToken) =>
        await PostgresCommands.ReadAsync(
            _database, PostgresSessionSql.SelectPendingOutbox, p => p.AddWithValue("limit", (long)limit), PostgresSessionRows.ReadOutbox, cancellationToken);

    public Task MarkOutboxSentAsync(long id, DateTimeOffset sentAt, CancellationToken cancellationToken) =>
        PostgresCommands.ExecuteAsync(
            _database,
            PostgresSessionSql.MarkOutboxSent,
            p => { p.AddWithValue("id", id); p.AddWithValue("sent_at", PostgresCommands.Instant(sentAt)); },
            cancellationToken);

    public Task MarkOutboxFailedAsync(long id, CancellationToken cancellationToken) =>
        PostgresCommands.ExecuteAsync(_database, PostgresSessionSql.MarkOutboxFailed, p => p.AddWithValue("id", id), cancellationToken);

    private Task<List<WatchSession>> QueryAsync(string sql, Action<NpgsqlParameterCollection> bind, CancellationToken cancellationToken) =>
        PostgresCommands.ReadAsync(_database, sql, bind, PostgresSessionRows.ReadSession, cancellationToken);

    private static void BindChannel(NpgsqlParameterCollection p, ChannelAddress channel)
    {
        p.AddWithValue("platform", channel.Platform);
        p.AddWithValue("space_id", channel.SpaceId);
        p.AddWithValue("channel_id", channel.ChannelId);
    }
}
