
namespace WatchBot.Core.Features.Sessions.Commands;

/// <summary>When a scheduled session starts, as typed: an instant, or an offset from now ("in 2h").</summary>
public sealed record ScheduleTime(DateTimeOffset? Instant, TimeSpan? FromNow)
{
    public static ScheduleTime At(DateTimeOffset instant) => new(instant, null);

    public static ScheduleTime In(TimeSpan fromNow) => new(null, fromNow);

    /// <summary>The instant meant, for a command accepted at <paramref name="now"/>.</summary>
    public DateTimeOffset Resolve(DateTimeOffset now) => Instant ?? now + (FromNow ?? TimeSpan.Zero);
}
