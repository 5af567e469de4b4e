using Npgsql;
using WatchBot.Core.Kernel;

namespace WatchBot.Storage.Postgres;

/// <summary>
/// The PostgreSQL twin of <see cref="Sqlite.ISqliteAggregateWriter"/>: how one aggregate kind a feature
/// owns is written inside a session commit's transaction, so the session, its announcements and the
/// other aggregates commit or fail together.
/// </summary>
public interface IPostgresAggregateWriter
{
    /// <summary>The <see cref="AggregateKey.Kind"/> it writes.</summary>
    string Kind { get; }

    /// <summary>
    /// Writes <paramref name="change"/> only if the stored version is still its expected one, storing the
    /// next; otherwise throws <see cref="WatchBot.Engine.Ports.AggregateVersionConflictException"/>, which rolls the commit back.
    /// </summary>
    Task WriteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, AggregateChange change, CancellationToken cancellationToken);
}
