using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace WatchBot.Discord.Gateway;

/// <summary>
/// Hands INTERACTION_CREATE to <see cref="IGatewayInteractionHandler"/> on the thread pool, so a slow
/// or failing handler never holds up the receive loop or the heartbeat; failures are logged.
/// </summary>
internal sealed class GatewayInteractionDispatcher(IGatewayInteractionHandler handler, ILogger logger)
{
    private int _inFlight;

    /// <summary>Handlers still running (for tests and shutdown).</summary>
    public int InFlight => Volatile.Read(ref _inFlight);

    /// <summary>Starts the handler; <paramref name="interaction"/> must outlive the receive buffer (a clone).</summary>
    public Task Dispatch(JsonElement interaction, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _inFlight);
        return Task.Run(
            async () =>
            {
                try
                {
                    await handler.HandleAsync(interaction, cancellationToken);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    // Shutting down: the interaction goes unanswered, as it would if we had stopped a moment earlier.
                }
#pragma warning disable CA1031 // A handler bug must not take the gateway down: log it and carry on.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    GatewayLog.HandlerFailed(logger, ex);
                }
                finally
                {
                    Interlocked.Decrement(ref _inFlight);
                }
            },
            CancellationToken.None);
    }
}
