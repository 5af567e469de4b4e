using WatchBot.Core.Features.MovieNights;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Ports;

namespace WatchBot.Engine.MovieNights;

/// <summary>
/// Watches for an occurrence of a series leaving Scheduled (it counts down, starts late, is missed,
/// given up, cancelled, skipped, ends) and asks for the series' next occurrence. It only queues: it is
/// called under the channel's gate, and booking takes that gate. Asking too often is harmless (booking
/// is idempotent); a wake-up lost with the process is made up by the start-up sweep.
/// </summary>
public sealed class OccurrenceObserver(SeriesWakeups wakeups) : INoticeObserver
{
    public void Delivered(ChannelAddress channel, Notice notice)
    {
        var session = notice switch
        {
            CountdownStarted n => n.Session,
            PlaybackStarted n => n.Session,
            LateStart n => n.Session,
            SessionMissed n => n.Session,
            ScheduledStartBlocked n => n.Session,
            SessionEnded n => n.Session,
            SessionCancelled n => n.Session,
            OccurrenceSkipped n => n.Session,
            _ => null,
        };
        if (session is { Occurrence: { } occurrence, Phase: not SessionPhase.Scheduled })
        {
            wakeups.Post(channel, occurrence.Series);
        }
    }
}
