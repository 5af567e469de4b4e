using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Ports;

namespace WatchBot.Engine.Diagnostics;

/// <summary>
/// Records each GO's lateness when the engine hands it to its platform: now minus the instant the
/// clock was set to start at (the countdown's target). A GO sent late after a restart (<see cref="LateStart"/>)
/// counts too: that is the lateness people saw. The platform's own queue wait is the queue-depth gauge's part.
/// </summary>
public sealed class GoLatenessObserver(WatchBotMetrics metrics, TimeProvider time) : INoticeObserver
{
    public void Delivered(ChannelAddress channel, Notice notice)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var session = notice switch
        {
            PlaybackStarted go => go.Session,
            LateStart late => late.Session,
            _ => null,
        };
        if (session is not null)
        {
            metrics.GoDelivered(channel.Platform, time.GetUtcNow() - session.Clock.AnchorInstant);
        }
    }
}
