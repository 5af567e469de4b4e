using WatchBot.Core.Features;
using WatchBot.Core.Features.Polls;
using WatchBot.Core.Features.Spaces;
using WatchBot.Core.Kernel;
using static WatchBot.Core.Tests.Features.Polls.PollTests;
using static WatchBot.Core.Tests.Given;

namespace WatchBot.Core.Tests.Features.Polls;

/// <summary>
/// <c>/watch nominate title:"…" rated:18</c>: like an age-restricted start or booking, only in an
/// age-restricted channel, refused privately elsewhere; a rated winner makes the booking 18+.
/// </summary>
public sealed class PollRatingTests
{
    [Theory]
    [InlineData("/watch nominate title:Heat rated:18")]
    [InlineData("/watch nominate title:Heat adult:yes")]
    public void ARatedNomination_IsRefusedInAChannelThatIsNotAgeRestricted(string typed)
    {
        var booking = Booking();
        var poll = WithTwoTitles(booking, T0);

        var decision = Decide(typed, Bob, booking, poll, ageRestricted: false);

        var refused = Assert.IsType<Refused>(decision.Reply);
        Assert.Contains("age-restricted channels only", refused.Reason, StringComparison.Ordinal);
        Assert.Equal("/watch nominate title:\"Heat\"", refused.Suggestion);
        Assert.Empty(decision.Changes);
        Assert.Empty(decision.ToChannel);
    }

    [Fact]
    public void InAnAgeRestrictedChannel_ARatedWinner_MakesTheBooking18Plus()
    {
        var booking = Booking();
        var poll = Saved(Decide("/watch poll", Alice, booking, null, ageRestricted: true));
        poll = Saved(Decide("/watch nominate title:Heat rated:18", Bob, booking, poll, ageRestricted: true));
        poll = Saved(Decide("/watch vote n:1", Bob, booking, poll, ageRestricted: true));

        Assert.True(Assert.Single(poll.Nominations).Adult);
        var closed = Decide("/watch poll close", Alice, booking, poll, ageRestricted: true);

        Assert.Equal(("Heat", true), (closed.Next!.Title, closed.Next.Adult));
        Assert.False(booking.Adult);
    }

    private static Decision Decide(string typed, Actor actor, Core.Features.Sessions.WatchSession booking, MoviePoll? poll, bool ageRestricted) =>
        ChannelRules.Decide(
            Context(actor, upcoming: [booking]) with { Polls = poll is null ? [] : [poll], Space = SpaceSettings.None, ChannelAgeRestricted = ageRestricted },
            Parsed(typed));
}
