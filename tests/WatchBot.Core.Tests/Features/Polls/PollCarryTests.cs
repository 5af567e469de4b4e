using System.Collections.Immutable;
using WatchBot.Core.Features;
using WatchBot.Core.Features.Polls;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Core.Views;
using static WatchBot.Core.Tests.Features.Polls.PollTests;
using static WatchBot.Core.Tests.Given;

namespace WatchBot.Core.Tests.Features.Polls;

/// <summary><c>/watch poll open carry:yes</c>: the titles that did not win the channel's last closed poll start the new one.</summary>
public sealed class PollCarryTests
{
    private static readonly UserRef Someone = new("test", "@forgotten", "someone");

    [Fact]
    public void CarryYes_CopiesTheOtherTitles_InOrder_WithTheirNominators_Renumbered_WithoutVotes()
    {
        var booking = Booking();
        var last = ClosedPoll(booking, winner: "Ronin");

        var decision = Open("/watch poll open carry:yes", booking, last);

        var poll = Saved(decision);
        Assert.Equal(
            [(1, "Heat", Bob.User.Key), (2, "Alien", Someone.Key), (3, "Brazil", Dave.User.Key)],
            poll.Nominations.Select(n => (n.Number, n.Title, n.By.Key)));
        Assert.Equal("someone", poll.Nominations[1].By.DisplayName);
        Assert.Equal(4, poll.NextNumber);
        Assert.Empty(poll.Votes);
        Assert.NotEqual(last.Id, poll.Id);
        var opened = Assert.IsType<PollOpened>(Assert.Single(decision.ToChannel));
        Assert.Equal(3, opened.Carried);
        var said = string.Concat(opened.ToChannel().Announcements.SelectMany(a => a.Lines).SelectMany(l => l.Parts).OfType<TextPart>().Select(p => p.Value));
        Assert.Contains("3 titles carried over from the last poll", said, StringComparison.Ordinal);
        Assert.Equal(3, opened.ToChannel().Card!.Choice!.Options.Count);
    }

    [Fact]
    public void CarryYes_AfterAPollNobodyVotedIn_CopiesEveryTitle()
    {
        var booking = Booking();

        var poll = Saved(Open("/watch poll open carry:yes", booking, ClosedPoll(booking, winner: null)));

        Assert.Equal(["Heat", "Ronin", "Alien", "Brazil"], poll.Nominations.Select(n => n.Title));
    }

    [Fact]
    public void CarryYes_WithNoClosedPollHere_IsRefused_AndOpensNothing()
    {
        var booking = Booking();
        var elsewhere = ClosedPoll(booking, winner: "Ronin") with { Channel = booking.Channel with { ChannelId = "other" } };

        var none = Open("/watch poll open carry:yes", booking, null);
        var otherChannel = Open("/watch poll open carry:yes", booking, elsewhere);

        Assert.All([none, otherChannel], d => Assert.Empty(d.Changes));
        Assert.Contains("none has closed yet", Assert.IsType<Refused>(none.Reply).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutCarry_ANewPollStartsEmpty_EvenWithAClosedOneHere()
    {
        var booking = Booking();

        var decision = Open("/watch poll open", booking, ClosedPoll(booking, winner: "Ronin"));

        Assert.Empty(Saved(decision).Nominations);
        Assert.Null(Assert.IsType<PollOpened>(Assert.Single(decision.ToChannel)).Carried);
    }

    [Fact]
    public void ACarriedTitle_IsItsNominatorsOneNomination_NominatingAgainReplacesIt()
    {
        var booking = Booking();
        var poll = Saved(Open("/watch poll open carry:yes", booking, ClosedPoll(booking, winner: "Ronin")));

        var renominated = Saved(Run("/watch nominate title:\"Casablanca\"", Bob, booking, poll));

        Assert.Equal(["Alien", "Brazil", "Casablanca"], renominated.Nominations.Select(n => n.Title));
        Assert.Equal(4, renominated.Nominations[^1].Number);
    }

    [Theory]
    [InlineData("/watch poll close carry:yes")]
    [InlineData("/watch poll open carry:maybe")]
    public void Carry_OnlyForOpen_AndOnlyYesOrNo(string typed) =>
        Assert.False(Core.Grammar.CommandParser.Parse(typed).IsSuccess);

    /// <summary>The channel's last poll, closed: Heat (Bob), Ronin (Erin), Alien (someone forgotten since), Brazil (Dave); numbers with gaps, as after removals.</summary>
    private static MoviePoll ClosedPoll(WatchSession booking, string? winner) => new()
    {
        Id = new PollId("poll0000last"),
        Session = new SessionId("oldsession01"),
        Channel = booking.Channel,
        OpenedBy = Alice.User,
        OpenedAt = T0 - 48 * Hour,
        ClosesAt = T0 - 25 * Hour,
        ClosedAt = T0 - 25 * Hour,
        Winner = winner,
        Nominations =
        [
            new Nomination(1, "Heat", Bob.User, T0 - 47 * Hour),
            new Nomination(3, "Ronin", Erin.User, T0 - 46 * Hour),
            new Nomination(4, "Alien", Someone, T0 - 45 * Hour),
            new Nomination(6, "Brazil", Dave.User, T0 - 44 * Hour),
        ],
        Votes = ImmutableDictionary<UserKey, int>.Empty.Add(Bob.User.Key, 3),
        NextNumber = 7,
        Version = 4,
    };

    private static Decision Open(string typed, WatchSession booking, MoviePoll? last) =>
        ChannelRules.Decide(Context(Alice, upcoming: [booking]) with { Polls = last is null ? [] : [last] }, Parsed(typed));
}
