using Microsoft.Extensions.Hosting;

namespace WatchBot.Platform.Sockets;

/// <summary>
/// Runs a platform's sockets for the host's lifetime. When they end with a fatal outcome and the
/// platform says so (<see cref="StopsHostOn"/>), it stops the whole host: a bot that cannot hear
/// commands should fail loudly, not idle. A bug that escapes is logged (<see cref="OnCrashed"/>), not
/// rethrown, so the platform's HTTP side and the other platforms keep running.
/// </summary>
public abstract class SocketHostedService(IHostApplicationLifetime lifetime) : BackgroundService
{
    /// <summary>Runs until <paramref name="stoppingToken"/> fires (null) or the sockets end for good (the fatal outcome).</summary>
    protected abstract Task<SocketOutcome?> RunSocketsAsync(CancellationToken stoppingToken);

    /// <summary>Whether <paramref name="fatal"/> stops the host; log why when it does.</summary>
    protected abstract bool StopsHostOn(SocketOutcome fatal);

    /// <summary>Logs a bug that ended the sockets.</summary>
    protected abstract void OnCrashed(Exception exception);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            if (await RunSocketsAsync(stoppingToken) is { } fatal && StopsHostOn(fatal))
            {
                lifetime.StopApplication();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
#pragma warning disable CA1031 // Logged so the bug is visible; the rest of the bot keeps running.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            OnCrashed(ex);
        }
    }
}
