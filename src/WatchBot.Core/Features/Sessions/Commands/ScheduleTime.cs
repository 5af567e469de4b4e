using WatchBot.Core.Text.Times;

namespace WatchBot.Core.Features.Sessions.Commands;

/// <summary>
/// When a scheduled session starts, as typed and read at grammar time: an instant (ISO with its
/// offset), an offset from now (<c>in 2h</c>), or a wall-clock time (<c>friday 9pm</c>) with the zone
/// the phrase named, if any. Where it falls depends on "now" and the space's zone: <see cref="Resolve"/>.
/// </summary>
public sealed record ScheduleTime(DateTimeOffset? Instant, TimeSpan? FromNow, LocalWhen? Local = null, string? Zone = null)
{
    public static ScheduleTime At(DateTimeOffset instant) => new(instant, null);

    public static ScheduleTime In(TimeSpan fromNow) => new(null, fromNow);

    public static ScheduleTime Of(WhenPhrase phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        return new(phrase.Instant, phrase.FromNow, phrase.Local, phrase.Zone);
    }

    /// <summary>
    /// What the typed time means for a command accepted at <paramref name="now"/> in the zone
    /// <paramref name="zoneId"/> (the space's; a zone the phrase named wins): the instant and its local
    /// time there, or a refusal (a local time the clocks skip).
    /// </summary>
    public WhenResult Resolve(DateTimeOffset now, string zoneId) =>
        WhenResolver.Resolve(new WhenPhrase(Instant, FromNow, Local, Zone), now, zoneId);
}
