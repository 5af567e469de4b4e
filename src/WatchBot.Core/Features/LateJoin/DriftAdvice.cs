namespace WatchBot.Core.Features.LateJoin;

/// <summary>What <c>/watch check</c> tells someone to do.</summary>
public enum DriftAdvice
{
    /// <summary>Playing, within half a second: nothing to do.</summary>
    InSync,

    /// <summary>Playing, a little ahead: pause for the drift, then play.</summary>
    PauseFor,

    /// <summary>Playing and behind (or far ahead): seek to a whole second and press play at a given instant.</summary>
    SeekAndPress,

    /// <summary>Paused, and the player is where the film stopped: wait for the resume.</summary>
    InSyncWaitForResume,

    /// <summary>Paused, and the player is elsewhere: seek to where the film stopped and wait.</summary>
    SeekAndWaitForResume,

    /// <summary>Counting down: be at the start position and press play with everyone.</summary>
    PressWithEveryone,
}
