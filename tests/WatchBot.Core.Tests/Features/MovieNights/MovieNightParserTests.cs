using WatchBot.Core.Features.MovieNights;
using WatchBot.Core.Features.MovieNights.Commands;
using WatchBot.Core.Features.Sessions.Commands;
using WatchBot.Core.Grammar;

namespace WatchBot.Core.Tests.Features.MovieNights;

/// <summary>The grammar of cancel, reschedule, skip, series and schedule's repeat:/until:.</summary>
public sealed class MovieNightParserTests
{
    private static WatchCommand Parsed(string typed)
    {
        var result = CommandParser.Parse(typed);
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Command;
    }

    private static string Refusal(string typed)
    {
        var result = CommandParser.Parse(typed);
        Assert.False(result.IsSuccess);
        return result.Error!.Message;
    }

    [Theory]
    [InlineData("/watch cancel", null)]
    [InlineData("/watch cancel Alien", "Alien")]
    [InlineData("/watch cancel title:\"Alien #2\"", "Alien #2")]
    public void Cancel_TakesAnOptionalTitle(string typed, string? title)
    {
        Assert.Equal(new CancelCommand(title), Parsed(typed));
    }

    [Fact]
    public void Reschedule_TakesAtPositionally_AndATitle()
    {
        Assert.Equal(new RescheduleCommand(ScheduleTime.In(TimeSpan.FromHours(3)), null), Parsed("/watch reschedule \"in 3h\""));
        Assert.Equal(new RescheduleCommand(ScheduleTime.In(TimeSpan.FromHours(1)), "Alien"), Parsed("/watch reschedule at:\"in 1h\" title:Alien"));
        Assert.Contains("at:", Refusal("/watch reschedule title:Alien"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/watch series", SeriesVerb.List, null)]
    [InlineData("/watch series list", SeriesVerb.List, null)]
    [InlineData("/watch series end", SeriesVerb.End, null)]
    [InlineData("/watch series end title:\"Friday Film Club\"", SeriesVerb.End, "Friday Film Club")]
    [InlineData("/watch series action:stop", SeriesVerb.End, null)]
    public void Series_ListsByDefault_AndEnds(string typed, SeriesVerb verb, string? title)
    {
        Assert.Equal(new SeriesCommand(verb, title), Parsed(typed));
    }

    [Fact]
    public void Skip_TakesAnOptionalSeriesTitle()
    {
        Assert.Equal(new SkipCommand(null), Parsed("/watch skip"));
        Assert.Equal(new SkipCommand("Friday Film Club"), Parsed("/watch skip \"Friday Film Club\""));
    }

    [Theory]
    [InlineData("repeat:weekly", RecurrenceKind.Weekly, 1)]
    [InlineData("repeat:\"every week\"", RecurrenceKind.Weekly, 1)]
    [InlineData("repeat:\"every 2 weeks\"", RecurrenceKind.Weekly, 2)]
    [InlineData("repeat:fortnightly", RecurrenceKind.Weekly, 2)]
    [InlineData("repeat:MONTHLY", RecurrenceKind.MonthlyByWeekday, 1)]
    public void Schedule_Repeat_ReadsTheRule(string repeat, RecurrenceKind kind, int interval)
    {
        var command = Assert.IsType<ScheduleCommand>(Parsed($"/watch schedule title:Club at:\"in 2h\" {repeat} until:2027-06-30"));

        Assert.Equal((new Recurrence(kind, interval), new DateOnly(2027, 6, 30)), (command.Repeat, command.Until));
    }

    [Theory]
    [InlineData("/watch schedule title:Club at:\"in 2h\" repeat:daily", "repeat:")]
    [InlineData("/watch schedule title:Club at:\"in 2h\" until:2027-06-30", "goes with repeat:")]
    [InlineData("/watch schedule title:Club at:\"in 2h\" repeat:weekly until:june", "2027-06-30")]
    public void Schedule_BadRepeatOrUntil_SaysWhatToType(string typed, string hint)
    {
        Assert.Contains(hint, Refusal(typed), StringComparison.Ordinal);
    }
}
