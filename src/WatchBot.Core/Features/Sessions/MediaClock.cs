
namespace WatchBot.Core.Features.Sessions;

/// <summary>
/// The one shared media clock of a session. It stores an anchor (an instant and the position the
/// media had then) and whether it runs; every position is derived from that, so the clock needs no
/// ticking and survives a restart as two numbers.
/// </summary>
/// <remarks>
/// A running clock whose anchor instant is still in the future is a countdown: the position stays at
/// the anchor position until that instant, then advances. This is how a countdown and a resume
/// countdown start playback without a second moving part.
/// <para>
/// The clock also keeps how much media time it has played: every re-anchoring that ends a running
/// stretch (pause, seek) adds that stretch to <see cref="PlayedBefore"/>, so pauses, countdowns and
/// jumps never count as watching.
/// </para>
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
    /// <summary>Media time played in the stretches before the current anchor.</summary>
    public TimeSpan PlayedBefore { get; init; }

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

    /// <summary>
    /// Media time played up to <paramref name="now"/>: the earlier stretches plus how far the media
    /// advanced since the anchor (nothing before a countdown's instant, nothing past the runtime).
    /// </summary>
    public TimeSpan PlayedAt(DateTimeOffset now) =>
        PlayedBefore + (IsRunning && now > AnchorInstant ? PositionAt(now) - Clamp(AnchorPosition, Runtime) : TimeSpan.Zero);

    /// <summary>The clock frozen at the position it shows at <paramref name="now"/>.</summary>
    public MediaClock PausedAt(DateTimeOffset now) => this with
    {
        AnchorInstant = now,
        AnchorPosition = PositionAt(now),
        IsRunning = false,
        PlayedBefore = PlayedAt(now),
    };

    /// <summary>
    /// The clock running from <paramref name="position"/> once <paramref name="startInstant"/> arrives.
    /// Meant for a clock that is not running (paused, or not started): a running stretch is closed
    /// with <see cref="PausedAt"/> first, or its played time is lost.
    /// </summary>
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
        return this with { AnchorInstant = anchor, AnchorPosition = Clamp(position, Runtime), PlayedBefore = PlayedAt(now) };
    }

    /// <summary>Whether the media has reached its known end at <paramref name="now"/>.</summary>
    public bool IsAtEnd(DateTimeOffset now) => Runtime is { } runtime && PositionAt(now) >= runtime;

    /// <summary><paramref name="position"/> as the clock would hold it: within [0, runtime].</summary>
    public TimeSpan Clamped(TimeSpan position) => Clamp(position, Runtime);

    private static TimeSpan Clamp(TimeSpan position, TimeSpan? runtime)
    {
        if (position < TimeSpan.Zero)
        {
            return TimeSpan.Zero;
        }

        return runtime is { } end && position > end ? end : position;
    }
}
