using Microsoft.Extensions.Hosting;

namespace WatchBot.Storage.Postgres;

/// <summary>
/// Runs the <see cref="StorageStartupCheck"/> as the host starts (Program has run it already; a host
/// built another way, as in tests, gets the same guarantee), before start-up recovery reads the store.
/// </summary>
internal sealed class PostgresStorageInitializer(StorageStartupCheck check) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => check.RunAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
