using Microsoft.Extensions.Hosting;

namespace WatchBot.Engine.Sessions;

/// <summary>
/// At start-up, brings every unfinished session up to now: countdowns that ended while the bot was
/// down start playing, scheduled starts that passed are caught up or marked missed, timers re-armed.
/// </summary>
public sealed class SessionRecoveryService(SessionCoordinator coordinator) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => coordinator.RecoverAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
