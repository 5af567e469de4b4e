namespace WatchBot.Core.Sessions;

/// <summary>
/// The one shared media clock of a session. It stores an anchor (an instant and the position the
/// media had then) and whether it runs; every position is derived from that, so the clock needs no
/// ticking and survives a restart as two numbers.
/// </summary>
/// <remarks>
/// A running clock whose anchor instant is still in the future is a countdown: the position stays at
/// the anchor position until that instant, then advances. This is how a countdown and a resume
/// countdown start playback without a second moving part.
/// </remarks>
/// <param name="AnchorInstant">The instant at which the media was at <paramref name="AnchorPosition"/>.</param>
/// <param name="AnchorPosition">The media position at the anchor instant.</param>
/// <param name="IsRunning">False while paused (or not started): the position is frozen.</param>
/// <param name="Runtime">The length of the media when known; positions never pass it.</param>
public readonly record struct MediaClock(
    DateTimeOffset AnchorInstant,
    TimeSpan AnchorPosition,
    bool IsRunning,
    TimeSpan? Runtime)
{
    /// <summary>A clock stopped at 0:00:00.</summary>
    public static MediaClock Stopped(DateTimeOffset now, TimeSpan? runtime) =>
        new(now, TimeSpan.Zero, IsRunning: false, runtime);

    /// <summary>The media position at <paramref name="now"/>, within [0, runtime].</summary>
    public TimeSpan PositionAt(DateTimeOffset now)
    {
        var position = AnchorPosition;
        if (IsRunning && now > AnchorInstant)
        {
            position += now - AnchorInstant;
        }

        return Clamp(position, Runtime);
    }

    /// <summary>The clock frozen at the position it shows at <paramref name="now"/>.</summary>
    public MediaClock PausedAt(DateTimeOffset now) => this with
    {
        AnchorInstant = now,
        AnchorPosition = PositionAt(now),
        IsRunning = false,
    };

    /// <summary>The clock running from <paramref name="position"/> once <paramref name="startInstant"/> arrives.</summary>
    public MediaClock RunningFrom(TimeSpan position, DateTimeOffset startInstant) => this with
    {
        AnchorInstant = startInstant,
        AnchorPosition = Clamp(position, Runtime),
        IsRunning = true,
    };

    /// <summary>The clock moved to <paramref name="position"/> at <paramref name="now"/>, running or not as before.</summary>
    public MediaClock SeekedTo(TimeSpan position, DateTimeOffset now)
    {
        // A countdown keeps its start instant: the seek only changes where playback will begin.
        var anchor = IsRunning && AnchorInstant > now ? AnchorInstant : now;
        return this with { AnchorInstant = anchor, AnchorPosition = Clamp(position, Runtime) };
    }

    /// <summary>Whether the media has reached its known end at <paramref name="now"/>.</summary>
    public bool IsAtEnd(DateTimeOffset now) => Runtime is { } runtime && PositionAt(now) >= runtime;

    private static TimeSpan Clamp(TimeSpan position, TimeSpan? runtime)
    {
        if (position < TimeSpan.Zero)
        {
            return TimeSpan.Zero;
        }

        return runtime is { } end && position > end ? end : position;
    }
}
