using Microsoft.Extensions.Hosting;

namespace WatchBot.Storage.Sqlite;

/// <summary>
/// Takes the file's owner lock (<see cref="SqliteFileOwner"/>; the start-up check usually took it
/// already) and migrates the session database as the host starts, so that a file another bot is
/// using, or an unreadable, locked or too-new file, stops start-up with its error instead of failing
/// the first command a user sends.
/// </summary>
internal sealed class StorageInitializer(SqliteSessionStore store, SqliteFileOwner owner) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        owner.Take();
        return store.InitializeAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
