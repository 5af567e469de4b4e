
namespace WatchBot.Core.Features.Sessions.Rules;

/// <summary>
/// The moments a session must be woken at. The names are stored with armed timers (Quartz job keys
/// and data): add kinds, never rename them.
/// </summary>
public enum TimerKind
{
    /// <summary>A scheduled session's countdown begins (a little before its start).</summary>
    BeginCountdown,

    /// <summary>A countdown reaches its instant: GO.</summary>
    Go,

    /// <summary>The media clock reaches the runtime: the session ends with its recap.</summary>
    RuntimeEnd,

    /// <summary>
    /// A booking's next reminder is due (its start minus a lead not yet sent): the people going are
    /// mentioned in the channel. Decided by <c>ReminderRules.OnTimer</c>, which needs the opt-outs.
    /// </summary>
    Reminder,

    /// <summary>A movie poll on the booking closes (its target is the poll's closing instant). Decided by <c>PollRules.OnTimer</c>.</summary>
    PollClose,
}
