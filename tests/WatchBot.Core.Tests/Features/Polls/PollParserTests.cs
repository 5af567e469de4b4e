using WatchBot.Core.Features.Polls;
using WatchBot.Core.Grammar;
using static WatchBot.Core.Tests.Given;

namespace WatchBot.Core.Tests.Features.Polls;

/// <summary>What people type for the poll, and the polite answers to what cannot work.</summary>
public sealed class PollParserTests
{
    [Theory]
    [InlineData("/watch poll", PollVerb.Open)]
    [InlineData("/watch poll open", PollVerb.Open)]
    [InlineData("/watch poll close", PollVerb.Close)]
    [InlineData("/watch poll show", PollVerb.Show)]
    public void Poll_Verbs_AndPollAloneOpens(string typed, PollVerb verb) =>
        Assert.Equal(verb, Assert.IsType<PollCommand>(Parsed(typed)).Verb);

    [Fact]
    public void Poll_Open_TakesTheBookingAndTheClosingTime()
    {
        var command = Assert.IsType<PollCommand>(Parsed("/watch poll open session:\"Friday Film Club\" closes:\"in 2h\""));

        Assert.Equal("Friday Film Club", command.Booking);
        Assert.Equal(2 * Hour, command.Closes!.FromNow);
    }

    [Theory]
    [InlineData("/watch poll remove 2")]
    [InlineData("/watch poll remove n:2")]
    [InlineData("/watch poll rm n:#2")]
    public void Poll_Remove_ReadsTheNumber(string typed) =>
        Assert.Equal(new PollCommand(PollVerb.Remove, Number: 2), Parsed(typed));

    [Theory]
    [InlineData("/watch nominate title:\"Blade Runner\"")]
    [InlineData("/watch poll nominate title:\"Blade Runner\"")]
    [InlineData("/watch nominate \"Blade Runner\"")]
    public void Nominate_TypedAtTheTopOrUnderPoll(string typed) =>
        Assert.Equal("Blade Runner", Assert.IsType<NominateCommand>(Parsed(typed)).Title);

    [Theory]
    [InlineData("/watch vote n:2")]
    [InlineData("/watch vote 2")]
    [InlineData("/watch poll vote n:2")]
    public void Vote_TypedAtTheTopOrUnderPoll(string typed) =>
        Assert.Equal(2, Assert.IsType<VoteCommand>(Parsed(typed)).Number);

    [Theory]
    [InlineData("/watch vote n:two", "/watch vote n:2")]
    [InlineData("/watch vote n:0", "/watch vote n:2")]
    [InlineData("/watch poll remove", "/watch poll remove n:2")]
    [InlineData("/watch poll close n:2", "/watch poll open")]
    [InlineData("/watch poll close closes:\"in 1h\"", "/watch poll open closes:\"in 2h\"")]
    [InlineData("/watch poll tally", "/watch poll open")]
    public void BadInput_IsRefused_WithWhatToType(string typed, string example)
    {
        var result = CommandParser.Parse(typed);

        Assert.False(result.IsSuccess);
        Assert.Equal(example, result.Error!.Example);
    }
}
