using Microsoft.Data.Sqlite;
using WatchBot.Core.Kernel;

namespace WatchBot.Storage.Sqlite;

/// <summary>
/// How one aggregate kind a feature owns is written inside a session commit's transaction. A feature
/// with its own aggregate (a poll) registers one writer for its kind and its migration; the session
/// store calls it for every <see cref="AggregateChange"/> of that kind, so the session, its
/// announcements and the other aggregates commit or fail together.
/// </summary>
public interface ISqliteAggregateWriter
{
    /// <summary>The <see cref="AggregateKey.Kind"/> it writes.</summary>
    string Kind { get; }

    /// <summary>
    /// Writes <paramref name="change"/> only if the stored version is still its expected one, storing the
    /// next; otherwise throws <see cref="WatchBot.Engine.Ports.AggregateVersionConflictException"/>, which rolls the commit back.
    /// </summary>
    Task WriteAsync(SqliteConnection connection, SqliteTransaction transaction, AggregateChange change, CancellationToken cancellationToken);
}
