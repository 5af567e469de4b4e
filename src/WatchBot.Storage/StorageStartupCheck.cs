using System.Net.Sockets;
using Npgsql;
using WatchBot.Storage.Postgres;

namespace WatchBot.Storage;

/// <summary>
/// What the host runs before it starts (registered for PostgreSQL only; SQLite keeps its own start-up):
/// every port has a store, the server answers and the schema is migrated. A failure is a
/// <see cref="StorageUnavailableException"/> whose message is one sentence naming the host and the
/// database, never the connection string.
/// </summary>
public sealed class StorageStartupCheck
{
    private readonly PostgresDatabase _database;
    private readonly IReadOnlyList<PostgresPortGap> _gaps;

    internal StorageStartupCheck(PostgresDatabase database, IEnumerable<PostgresPortGap> gaps)
    {
        _database = database;
        _gaps = [.. gaps];
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        // The server first: an unreachable one is the more basic mistake, whatever the build supports.
        try
        {
            await _database.EnsureMigratedAsync(cancellationToken);
        }
        catch (Exception ex) when (Reason(ex) is { } reason)
        {
            throw new StorageUnavailableException($"the PostgreSQL session database {_database.Description} cannot be used: {reason}.", ex);
        }

        if (_gaps.Count > 0)
        {
            throw PostgresPortGap.Error(_gaps);
        }
    }

    // The server's own words (SQLSTATE and message) or the socket's: neither holds the password.
    private static string? Reason(Exception exception) => exception switch
    {
        PostgresException postgres => $"{postgres.SqlState} {postgres.MessageText.TrimEnd('.')}",
        NpgsqlException { InnerException: SocketException socket } => $"cannot connect ({socket.SocketErrorCode})",
        NpgsqlException { InnerException: TimeoutException } => "no answer before the connection timeout",
        NpgsqlException npgsql => npgsql.Message.TrimEnd('.'),
        SocketException socket => $"cannot connect ({socket.SocketErrorCode})",
        InvalidOperationException invalid when invalid.Message.Contains("newer than this WatchBot", StringComparison.Ordinal) => invalid.Message.TrimEnd('.'),
        _ => null,
    };
}
