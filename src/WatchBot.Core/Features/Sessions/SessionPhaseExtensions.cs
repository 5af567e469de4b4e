
namespace WatchBot.Core.Features.Sessions;

/// <summary>Questions about phases that several rules ask.</summary>
public static class SessionPhaseExtensions
{
    /// <summary>Live sessions occupy their channel: at most one per channel.</summary>
    public static bool IsLive(this SessionPhase phase) =>
        phase is SessionPhase.CountingDown or SessionPhase.Playing or SessionPhase.Paused;
}
