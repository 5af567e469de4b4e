using Microsoft.Extensions.Hosting;

namespace WatchBot.Storage.Sqlite;

/// <summary>
/// Migrates the session database as the host starts, so that an unreadable, locked or too-new file
/// stops start-up with its error instead of failing the first command a user sends.
/// </summary>
internal sealed class StorageInitializer(SqliteSessionStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => store.InitializeAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
