
namespace WatchBot.Core.Features.Sessions;

/// <summary>The life of a session.</summary>
public enum SessionPhase
{
    /// <summary>Planned for a future instant; nothing is playing. Several may wait in one channel.</summary>
    Scheduled,

    /// <summary>A start instant is fixed and announced; everyone presses play when it arrives.</summary>
    CountingDown,

    /// <summary>The shared media clock runs: position advances with time.</summary>
    Playing,

    /// <summary>The shared media clock is frozen at one position until someone resumes.</summary>
    Paused,

    /// <summary>Over: ended by a person, or missed because the bot was down too long. Read-only.</summary>
    Ended,
}
