
using NodaTime;
using WatchBot.Core.Text.Times;

namespace WatchBot.Core.Features.Sessions.Commands;

/// <summary>When a scheduled session starts, as typed: an instant, or an offset from now ("in 2h").</summary>
public sealed record ScheduleTime(DateTimeOffset? Instant, TimeSpan? FromNow)
{
    public static ScheduleTime At(DateTimeOffset instant) => new(instant, null);

    public static ScheduleTime In(TimeSpan fromNow) => new(null, fromNow);

    /// <summary>The instant meant, for a command accepted at <paramref name="now"/>.</summary>
    public DateTimeOffset Resolve(DateTimeOffset now) => Instant ?? now + (FromNow ?? TimeSpan.Zero);

    /// <summary>
    /// What the typed time means for a command accepted at <paramref name="now"/> in the zone
    /// <paramref name="zoneId"/> (the space's): the instant and its local time there, or a refusal.
    /// </summary>
    public WhenResult Resolve(DateTimeOffset now, string zoneId)
    {
        var instant = Resolve(now);
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId) ?? DateTimeZone.Utc;
        var local = NodaTime.Instant.FromDateTimeOffset(instant).InZone(zone).LocalDateTime.ToDateTimeUnspecified();
        return new WhenResolved(instant, zone.Id, local);
    }
}
