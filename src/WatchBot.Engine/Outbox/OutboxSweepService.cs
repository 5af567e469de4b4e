using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WatchBot.Engine.Sessions;

namespace WatchBot.Engine.Outbox;

/// <summary>
/// Every <see cref="OutboxOptions.SweepInterval"/> on the <see cref="TimeProvider"/>, sends the entries
/// other instances left behind (<see cref="SessionCoordinator.SweepOutboxAsync"/>). Runs only when the
/// outbox is shared (PostgreSQL); a single process relays its leftovers at start-up. At a clean stop it
/// gives up its leases, so the survivors take its channels at once.
/// </summary>
internal sealed class OutboxSweepService(
    SessionCoordinator coordinator, IOptions<OutboxOptions> options, TimeProvider time, ILogger<OutboxSweepService> logger, IOutboxLeases? leases = null) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (leases is not { IsShared: true })
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.SweepInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await SweepOnceAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (leases is not { IsShared: true })
        {
            return;
        }

        try
        {
            await coordinator.ReleaseOutboxLeasesAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.OutboxReleaseFailed(logger, ex);
        }
    }

    private async Task SweepOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            var sent = await coordinator.SweepOutboxAsync(cancellationToken);
            if (sent > 0)
            {
                Log.OutboxSwept(logger, sent);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.OutboxSweepFailed(logger, ex);
        }
    }
}
