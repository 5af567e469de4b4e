
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
}
