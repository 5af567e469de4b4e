using Microsoft.Extensions.Logging;
using WatchBot.Engine.Ports;

namespace WatchBot.Engine.Outbox;

/// <summary>
/// The relay's fault-injection point (<see cref="DiagnosticsOptions.HoldOutboxSend"/>): between the
/// commit of an announcement of the configured kind and its send, it says so once and waits until
/// shutdown, so that a test can kill the process exactly there. Does nothing when the switch is off.
/// </summary>
internal sealed class OutboxHold(string? kind, TimeProvider time, ILogger logger)
{
    public async Task BeforeSendAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(kind) || !string.Equals(entry.Kind, kind, StringComparison.Ordinal))
        {
            return;
        }

        Log.OutboxHeld(logger, entry.Id, entry.Kind);

        // Cancelled only by shutdown: the entry is neither sent nor marked, so it stays pending.
        await Task.Delay(Timeout.InfiniteTimeSpan, time, cancellationToken);
    }
}
