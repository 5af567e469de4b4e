using NodaTime;
using NodaTime.TimeZones;

namespace WatchBot.Core.Text.Times;

/// <summary>
/// Places a read phrase in time: at "now", in the phrase's zone or else the space's, through the tz
/// database. A wall-clock time that does not exist (clocks jump forward) is refused with the times
/// just before and after the jump; one that happens twice (clocks go back) takes the first, and says so.
/// </summary>
public static class WhenResolver
{
    public static WhenResult Resolve(WhenPhrase phrase, DateTimeOffset now, string zoneId)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var zone = TimeZoneNames.ZoneOrUtc(phrase.Zone ?? zoneId);
        if (phrase.Local is not { } local)
        {
            var instant = phrase.Instant ?? now + (phrase.FromNow ?? TimeSpan.Zero);
            return Resolved(Instant.FromDateTimeOffset(instant), zone, note: null);
        }

        var clock = Instant.FromDateTimeOffset(now);
        var date = WhenDays.Pick(local, clock.InZone(zone), zone);
        if (date is not { } day)
        {
            return new WhenRefused("That date does not come again within the years I can book.", []);
        }

        if (local.Day is { Kind: DayKind.Date, Weekday: not IsoDayOfWeek.None and var weekday } && day.DayOfWeek != weekday)
        {
            return new WhenRefused($"{LocalTimeText.Date(day)[4..]} is a {day.DayOfWeek}, not a {weekday}.", []);
        }

        var wanted = day.At(local.Time);
        var mapping = zone.MapLocal(wanted);
        return mapping.Count switch
        {
            0 => Gap(local, wanted, mapping, zone),
            1 => Resolved(mapping.Single().ToInstant(), zone, note: null),
            _ => Ambiguous(local, mapping, clock, zone),
        };
    }

    private static WhenResolved Resolved(Instant instant, DateTimeZone zone, string? note) =>
        new(instant.ToDateTimeOffset(), zone.Id, instant.InZone(zone).LocalDateTime.ToDateTimeUnspecified(), note);

    private static WhenRefused Gap(LocalWhen local, LocalDateTime wanted, ZoneLocalMapping mapping, DateTimeZone zone)
    {
        // The last whole minute before the jump and the first time after it, as the person would type them.
        var jumpFrom = mapping.EarlyInterval.IsoLocalEnd;
        var jumpTo = mapping.LateInterval.IsoLocalStart;
        var before = jumpFrom.PlusMinutes(-1).TimeOfDay;
        var after = jumpTo.TimeOfDay;
        var day = LocalTimeText.Date(wanted.Date);
        return new WhenRefused(
            $"{LocalTimeText.TimeOfDay(local.Time, local.TwelveHour)} does not exist on {day} in {zone.Id}: the clocks go from "
            + $"{LocalTimeText.TimeOfDay(jumpFrom.TimeOfDay, false)} straight to {LocalTimeText.TimeOfDay(after, false)}. Try {local.Spell(before)} or {local.Spell(after)}.",
            [local.Spell(before), local.Spell(after)]);
    }

    // The first of the two unless it has passed and the second has not: a bare "1:30" typed during the
    // repeated hour means the 1:30 still to come.
    private static WhenResolved Ambiguous(LocalWhen local, ZoneLocalMapping mapping, Instant now, DateTimeZone zone)
    {
        var (first, second) = (mapping.First().ToInstant(), mapping.Last().ToInstant());
        var took = first > now || second <= now ? first : second;
        var which = took == first ? "the first" : "the second (the first has passed)";
        var day = LocalTimeText.Date(took.InZone(zone).Date);
        var note = $"{LocalTimeText.TimeOfDay(local.Time, local.TwelveHour)} happens twice on {day} in {zone.Id} (the clocks go back): "
            + $"I took {which}, at {LocalTimeText.Utc(zone.GetUtcOffset(took))}.";
        return Resolved(took, zone, note);
    }
}
