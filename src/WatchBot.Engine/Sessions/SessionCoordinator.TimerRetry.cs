using System.Collections.Concurrent;
using WatchBot.Core.Features.MovieNights.Rules;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.Rules;

namespace WatchBot.Engine.Sessions;

/// <summary>
/// Timers are the one effect of a committed decision that the outbox does not carry: an arm that
/// failed (on PostgreSQL, Quartz's row lock timing out under a burst of bookings; a dropped
/// connection) would leave an acknowledged booking without its countdown until the next start-up.
/// So a failure brings that session up to date again a little later, the way start-up recovery does:
/// under the channel's gate, on the session read afresh, so a command that came meanwhile is never
/// undone, and an instant that passed meanwhile is caught up (a GO in its late form). Arming replaces
/// by key, so a retry that finds the timers already armed changes nothing.
/// </summary>
public sealed partial class SessionCoordinator
{
    /// <summary>Waits before each retry; after the last, start-up recovery is what is left.</summary>
    internal static readonly IReadOnlyList<TimeSpan> TimerRetryDelays =
        [TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2)];

    /// <summary>Sessions whose timers failed, with the failures so far.</summary>
    private readonly ConcurrentDictionary<SessionId, int> _timerFailures = new();

    /// <summary>The timers of <paramref name="sessionId"/> failed: tries again after the next delay, or gives up.</summary>
    private void RetryTimersLater(SessionId sessionId)
    {
        var failures = _timerFailures.AddOrUpdate(sessionId, 1, (_, n) => n + 1);
        if (failures > TimerRetryDelays.Count)
        {
            _timerFailures.TryRemove(sessionId, out _);
            Log.TimerRetriesExhausted(logger, sessionId.Value, failures - 1);
            return;
        }

        _ = RetryTimersAsync(sessionId, failures);
    }

    private async Task RetryTimersAsync(SessionId sessionId, int failures)
    {
        try
        {
            await Task.Delay(TimerRetryDelays[failures - 1], time);
            var session = await store.GetAsync(sessionId, CancellationToken.None);
            if (session is null || session.Phase == SessionPhase.Ended)
            {
                _timerFailures.TryRemove(sessionId, out _);
                return;
            }

            await WithFreshSessionAsync(
                session,
                (fresh, live, now) => ReminderRules.WithRecovery(SessionRules.Recover(fresh, live, now, options.Value), fresh, now),
                CancellationToken.None);

            // A failure during this retry counted itself and scheduled the next one; none did: done.
            if (_timerFailures.TryRemove(new KeyValuePair<SessionId, int>(sessionId, failures)))
            {
                Log.TimersRetried(logger, sessionId.Value, failures);
            }
        }
        catch (Exception ex)
        {
            // Reading or committing failed (the same outage): count it as another failure.
            Log.TimerFailed(logger, ex, sessionId.Value);
            RetryTimersLater(sessionId);
        }
    }
}
