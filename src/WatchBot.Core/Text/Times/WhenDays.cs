using NodaTime;

namespace WatchBot.Core.Text.Times;

/// <summary>Which date a typed day means, seen from now's local date and time in the zone.</summary>
internal static class WhenDays
{
    // Small hours belong to the night before: "tonight 1am" is after midnight.
    private static readonly LocalTime NightEnds = new(5, 0);

    // A Feb 29 without a year is at most 8 years away (2096 → 2104).
    private const int YearsToSearch = 9;

    public static LocalDate? Pick(LocalWhen when, ZonedDateTime now, DateTimeZone zone)
    {
        var today = now.Date;
        var day = when.Day;
        bool Ahead(LocalDate date) => IsAhead(date.At(when.Time), now, zone);
        switch (day.Kind)
        {
            case DayKind.Today:
                return today;
            case DayKind.Tomorrow:
                return today.PlusDays(1);
            case DayKind.Tonight:
                // Typed in the small hours, a small-hours time still ahead is this night's.
                return when.Time < NightEnds && !(now.TimeOfDay < NightEnds && Ahead(today)) ? today.PlusDays(1) : today;
            case DayKind.Next:
                return Ahead(today) ? today : today.PlusDays(1);
            case DayKind.Weekday:
            {
                var days = ((int)day.Weekday - (int)today.DayOfWeek + 7) % 7;
                return days == 0 && !Ahead(today) ? today.PlusDays(7) : today.PlusDays(days);
            }

            case DayKind.NextWeekday:
            {
                var days = ((int)day.Weekday - (int)today.DayOfWeek + 7) % 7;
                return today.PlusDays(days == 0 ? 7 : days);
            }

            default:
                if (day.Year is { } year)
                {
                    return new LocalDate(year, day.Month, day.Day);
                }

                for (var y = today.Year; y < today.Year + YearsToSearch; y++)
                {
                    if (day.Day <= CalendarSystem.Iso.GetDaysInMonth(y, day.Month)
                        && new LocalDate(y, day.Month, day.Day) is var date && Ahead(date))
                    {
                        return date;
                    }
                }

                return null;
        }
    }

    /// <summary>
    /// Whether the wall-clock time still comes after now: some instant it maps to is after now, or, for
    /// a time the clocks skip, it is later on the wall clock.
    /// </summary>
    private static bool IsAhead(LocalDateTime local, ZonedDateTime now, DateTimeZone zone)
    {
        var mapping = zone.MapLocal(local);
        return mapping.Count == 0 ? local > now.LocalDateTime : mapping.Last().ToInstant() > now.ToInstant();
    }
}
