namespace WatchBot.Core.Rules;

/// <summary>The moments a session must be woken at.</summary>
public enum TimerKind
{
    /// <summary>A scheduled session's countdown begins (a little before its start).</summary>
    BeginCountdown,

    /// <summary>A countdown reaches its instant: GO.</summary>
    Go,
}
