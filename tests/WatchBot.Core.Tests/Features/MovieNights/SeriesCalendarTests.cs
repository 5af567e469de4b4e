using WatchBot.Core.Features.MovieNights;
using static WatchBot.Core.Tests.Features.MovieNights.GivenSeries;

namespace WatchBot.Core.Tests.Features.MovieNights;

/// <summary>Occurrence dates and starts: local time kept across DST, monthly by weekday, skips and until.</summary>
public sealed class SeriesCalendarTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static DateTimeOffset Utc(int y, int m, int d, int h, int min = 0) => new(y, m, d, h, min, 0, TimeSpan.Zero);

    [Fact]
    public void Weekly_InParis_Stays2100Local_AcrossTheOctoberAndMarchChanges()
    {
        // Paris leaves summer time on Sunday 2026-10-25 and enters it on Sunday 2027-03-28.
        var club = FilmClub(first: D(2026, 10, 16));

        Assert.Equal(Utc(2026, 10, 16, 19), SeriesCalendar.StartOf(club, D(2026, 10, 16)));
        Assert.Equal(Utc(2026, 10, 23, 19), SeriesCalendar.StartOf(club, SeriesCalendar.NextDate(club, D(2026, 10, 16))!.Value));
        Assert.Equal(D(2026, 10, 30), SeriesCalendar.NextDate(club, D(2026, 10, 23)));
        Assert.Equal(Utc(2026, 10, 30, 20), SeriesCalendar.StartOf(club, D(2026, 10, 30)));
        Assert.Equal(Utc(2027, 3, 26, 20), SeriesCalendar.StartOf(club, D(2027, 3, 26)));
        Assert.Equal(D(2027, 4, 2), SeriesCalendar.NextDate(club, D(2027, 3, 26)));
        Assert.Equal(Utc(2027, 4, 2, 19), SeriesCalendar.StartOf(club, D(2027, 4, 2)));
    }

    [Fact]
    public void Weekly_InNewYork_Stays2100Local_AcrossTheNovemberAndMarchChanges()
    {
        // New York falls back on Sunday 2026-11-01 and springs forward on Sunday 2027-03-14.
        var club = FilmClub(zone: "America/New_York", first: D(2026, 10, 30));

        Assert.Equal(Utc(2026, 10, 31, 1), SeriesCalendar.StartOf(club, D(2026, 10, 30)));
        Assert.Equal(Utc(2026, 11, 7, 2), SeriesCalendar.StartOf(club, SeriesCalendar.NextDate(club, D(2026, 10, 30))!.Value));
        Assert.Equal(Utc(2027, 3, 13, 2), SeriesCalendar.StartOf(club, D(2027, 3, 12)));
        Assert.Equal(Utc(2027, 3, 20, 1), SeriesCalendar.StartOf(club, D(2027, 3, 19)));
    }

    [Fact]
    public void ALocalTimeInTheSpringGap_IsShiftedForwardPastIt()
    {
        // 02:30 does not exist in Paris on 2027-03-28 (02:00 CET → 03:00 CEST): 03:30 CEST = 01:30 UTC.
        var night = FilmClub(first: D(2027, 3, 21)) with { LocalTime = new TimeOnly(2, 30) };

        Assert.Equal(Utc(2027, 3, 28, 1, 30), SeriesCalendar.StartOf(night, D(2027, 3, 28)));
        Assert.Equal(Utc(2027, 3, 21, 1, 30), SeriesCalendar.StartOf(night, D(2027, 3, 21)));
    }

    [Fact]
    public void AnAmbiguousLocalTime_TakesTheEarlier()
    {
        // 01:30 happens twice in New York on 2026-11-01: first in EDT (05:30 UTC), then in EST (06:30 UTC).
        var night = FilmClub(zone: "America/New_York", first: D(2026, 11, 1)) with { LocalTime = new TimeOnly(1, 30) };

        Assert.Equal(Utc(2026, 11, 1, 5, 30), SeriesCalendar.StartOf(night, D(2026, 11, 1)));
    }

    [Fact]
    public void Biweekly_SkipsAWeek()
    {
        var club = FilmClub(interval: 2);

        Assert.Equal(D(2026, 12, 11), SeriesCalendar.NextDate(club, D(2026, 11, 27)));
        Assert.Equal(D(2026, 12, 11), SeriesCalendar.NextDate(club, D(2026, 12, 4)));
    }

    [Theory]
    [InlineData(2026, 12, 4, 2027, 1, 1)]   // first Friday of December → first Friday of January
    [InlineData(2027, 1, 1, 2027, 2, 5)]
    [InlineData(2026, 12, 11, 2027, 1, 8)]  // second Friday
    public void Monthly_KeepsTheWeekdayAndItsWeekOfTheMonth(int y, int m, int d, int ny, int nm, int nd)
    {
        var club = FilmClub(RecurrenceKind.MonthlyByWeekday, first: D(2026, 12, 4));
        club = club with { FirstDate = D(y, m, d) };

        Assert.Equal(D(ny, nm, nd), SeriesCalendar.NextDate(club, D(y, m, d)));
    }

    [Fact]
    public void Monthly_OnAFifthWeekday_MeansTheMonthsLast()
    {
        // 2026-10-30 is October's fifth Friday; November and December have four: their last.
        var club = FilmClub(RecurrenceKind.MonthlyByWeekday, first: D(2026, 10, 30));

        Assert.Equal(D(2026, 11, 27), SeriesCalendar.NextDate(club, D(2026, 10, 30)));
        Assert.Equal(D(2026, 12, 25), SeriesCalendar.NextDate(club, D(2026, 11, 27)));
        Assert.Equal(D(2027, 1, 29), SeriesCalendar.NextDate(club, D(2026, 12, 25)));
    }

    [Fact]
    public void Skipped_DatesAreStepped_AndUntil_Stops()
    {
        var club = FilmClub() with { Skipped = [D(2026, 12, 4)], Until = D(2026, 12, 18) };

        Assert.Equal(D(2026, 12, 11), SeriesCalendar.NextDate(club, D(2026, 11, 27)));
        Assert.Equal(D(2026, 12, 18), SeriesCalendar.NextDate(club, D(2026, 12, 11)));
        Assert.Null(SeriesCalendar.NextDate(club, D(2026, 12, 18)));
    }

    [Fact]
    public void NextOccurrence_AfterWeeksDown_BooksTheNextStillToCome_NotTheMissedOnes()
    {
        var club = FilmClub();
        var now = Utc(2026, 12, 18, 22);

        var next = SeriesCalendar.NextOccurrence(club, D(2026, 11, 27), now);

        Assert.Equal((D(2026, 12, 25), Utc(2026, 12, 25, 20)), next);
    }

    [Fact]
    public void NextOccurrence_PastUntil_IsNone()
    {
        var club = FilmClub() with { Until = D(2026, 12, 1) };

        Assert.Null(SeriesCalendar.NextOccurrence(club, D(2026, 11, 27), Utc(2026, 11, 20, 0)));
    }
}
