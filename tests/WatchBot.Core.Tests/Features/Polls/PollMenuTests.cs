using WatchBot.Core.Features.Polls;
using WatchBot.Core.Features.Polls.Views;
using WatchBot.Core.Grammar;
using WatchBot.Core.Views;
using static WatchBot.Core.Tests.Features.Polls.PollTests;
using static WatchBot.Core.Tests.Given;

namespace WatchBot.Core.Tests.Features.Polls;

/// <summary>The poll card's vote menu: one option per nomination, read back as <c>/watch vote n:</c> on the poll's session.</summary>
public sealed class PollMenuTests
{
    [Fact]
    public void AnOpenPoll_OffersEachNomination_WithItsNumberAsValue_AndItsVotes()
    {
        var booking = Booking();
        var poll = After(booking, (Bob, "/watch nominate title:\"Heat\""), (Dave, "/watch nominate title:\"Ronin\""), (Carol, "/watch vote n:2"));

        var menu = PollCard.Of(poll, booking).Choice!;

        Assert.Equal(CardActions.Id("vote", booking.Id), menu.Id);
        Assert.Equal(PollMenu.Placeholder, menu.Placeholder);
        Assert.Equal(
            [new ViewChoiceOption("1. Heat", "1", "0 votes · by bob"), new ViewChoiceOption("2. Ronin", "2", "1 vote · by dave")],
            menu.Options);
        Assert.False(menu.Disabled);
    }

    [Fact]
    public void APollWithoutNominations_OrClosed_ShowsNoMenu()
    {
        var booking = Booking();
        var empty = After(booking);
        var closed = After(booking, (Bob, "/watch nominate title:\"Heat\""), (Alice, "/watch poll close"));

        Assert.Null(PollCard.Of(empty, booking).Choice);
        Assert.False(closed.IsOpen);
        Assert.Null(PollCard.Of(closed, booking).Choice);
    }

    [Fact]
    public void MoreThanTwentyFive_ShowsTheFirstTwentyFive_AndPointsToTheTypedVote()
    {
        var booking = Booking();
        var poll = WithTwoTitles(booking, T0) with
        {
            Nominations = [.. Enumerable.Range(1, 30).Select(n => new Nomination(n, $"Film {n}", Bob.User, T0.AddSeconds(n)))],
            NextNumber = 31,
        };

        var menu = PollCard.Of(poll, booking).Choice!;

        Assert.Equal(ViewChoice.MaxOptions, menu.Options.Count);
        Assert.Equal(Enumerable.Range(1, 25).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), menu.Options.Select(o => o.Value));
        Assert.Contains("/watch vote n:", menu.Placeholder, StringComparison.Ordinal);
    }

    [Fact]
    public void APick_ReadsAsTheTypedVote_OnThePollsSession()
    {
        var booking = Booking();
        var poll = After(booking, (Bob, "/watch nominate title:\"Heat\""), (Dave, "/watch nominate title:\"Ronin\""));
        var menu = PollCard.Of(poll, booking).Choice!;

        Assert.True(CardActions.TryReadChoice(menu.Id, "2", out var press));
        var command = Assert.IsType<VoteCommand>(press.ToCommand().Command);

        Assert.Equal((2, booking.Id), (command.Number, command.Session));
        var decision = ChannelRulesRun(command, poll, booking);
        Assert.Equal(2, Saved(decision).Votes[Carol.User.Key]);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("1000")]
    public void APickOfSomethingElse_IsAPoliteGrammarError_NotAVote(string value)
    {
        Assert.True(CardActions.TryReadChoice(CardActions.Id("vote", Booking().Id), value, out var press));

        var parsed = press.ToCommand();

        Assert.False(parsed.IsSuccess);
        Assert.Contains("/watch vote", parsed.Error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("watch:vote:abc123", "")]
    [InlineData("watch:vote:abc123", null)]
    [InlineData("watch:vote:2:abc123", "3")]
    [InlineData("watch:nosuch:abc123", "1")]
    [InlineData("vote:abc123", "1")]
    [InlineData(null, "1")]
    public void AMenuIdThatIsNotOurs_OrNoPick_ReadsAsNothing(string? id, string? value) =>
        Assert.False(CardActions.TryReadChoice(id, value, out _));

    [Fact]
    public void TheMenu_CountsInTheCardsEquality()
    {
        var booking = Booking();
        var poll = After(booking, (Bob, "/watch nominate title:\"Heat\""));
        var card = PollCard.Of(poll, booking);

        Assert.Equal(card, PollCard.Of(poll, booking));
        Assert.NotEqual(card, card with { Choice = null });
        Assert.NotEqual(card, card with { Choice = card.Choice! with { Disabled = true } });
    }

    private static Core.Kernel.Decision ChannelRulesRun(VoteCommand command, MoviePoll poll, Core.Features.Sessions.WatchSession booking) =>
        Core.Features.ChannelRules.Decide(Context(Carol, upcoming: [booking]) with { Polls = [poll] }, command);
}
