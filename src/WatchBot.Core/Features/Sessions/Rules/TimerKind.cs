
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

    /// <summary>A booking's ready check opens (its start minus <c>Sessions:ReadyCheckOpensBefore</c>).</summary>
    ReadyCheckOpens,

    /// <summary>A start held by a ready check reaches its <c>wait:</c> deadline: it starts anyway.</summary>
    ReadyDeadline,
    /// <summary>A movie poll on the booking closes (its target is the poll's closing instant). Decided by <c>PollRules.OnTimer</c>.</summary>
    PollClose,
}
