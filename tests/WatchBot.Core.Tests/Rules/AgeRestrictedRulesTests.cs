using WatchBot.Core.Features.Sessions.Commands;
using WatchBot.Core.Features.Sessions.Rules;
using WatchBot.Core.Features.Sessions.Views;
using WatchBot.Core.Grammar;
using WatchBot.Core.Kernel;
using WatchBot.Core.Tests.Views;
using static WatchBot.Core.Tests.Given;

namespace WatchBot.Core.Tests.Rules;

/// <summary>rated:18 (or adult:yes): only in an age-restricted channel, refused privately elsewhere; the card says 18+.</summary>
public sealed class AgeRestrictedRulesTests
{
    [Theory]
    [InlineData("/watch start title:Heat rated:18")]
    [InlineData("/watch start title:Heat adult:yes")]
    [InlineData("/watch schedule title:Heat at:\"in 2h\" rated:18")]
    [InlineData("/watch schedule title:Heat at:\"in 2h\" adult:yes")]
    public void RatedOrAdult_MarksTheCommand(string text) =>
        Assert.True(Assert.IsAssignableFrom<IRatedCommand>(Parsed(text)).Adult);

    [Theory]
    [InlineData("/watch start title:Heat")]
    [InlineData("/watch start title:Heat adult:no")]
    public void WithoutRating_TheCommandIsNotRated(string text) =>
        Assert.False(Assert.IsAssignableFrom<IRatedCommand>(Parsed(text)).Adult);

    [Fact]
    public void AnUnknownRating_IsAnsweredWithTheValuesThatWork()
    {
        var error = Expect.ParseFailure(CommandParser.Parse("/watch start title:Heat rated:16"));
        Assert.Contains("18", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/watch start title:Heat rated:18")]
    [InlineData("/watch schedule title:Heat at:\"in 2h\" rated:18")]
    public void OnDiscord_InAChannelNotAgeRestricted_IsRefusedPrivately_SayingToUseAnAgeRestrictedChannel(string text)
    {
        var refused = Expect.Refused(SessionRules.Decide(In("discord", restricted: false), Parsed(text)));

        Assert.Contains("age-restricted channel", refused.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("/watch settings", refused.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("rated", refused.Suggestion!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("slack")]
    [InlineData("shell")]
    public void OnSlackOrTheShell_InAChannelNotMarked_IsRefused_SayingHowAModeratorMarksIt(string platform)
    {
        var refused = Expect.Refused(SessionRules.Decide(In(platform, restricted: false), Parsed("/watch start title:Heat rated:18")));

        Assert.Contains("/watch settings age-restricted:on", refused.Reason, StringComparison.Ordinal);
        Assert.Equal("/watch start title:\"Heat\"", refused.Suggestion);
    }

    [Theory]
    [InlineData("discord", "/watch start title:Heat rated:18")]
    [InlineData("slack", "/watch schedule title:Heat at:\"in 2h\" adult:yes")]
    [InlineData("shell", "/watch start title:Heat rated:18")]
    public void InAnAgeRestrictedChannel_TheSessionIsRated_AndItsCardSaysSo(string platform, string text)
    {
        var decision = SessionRules.Decide(In(platform, restricted: true), Parsed(text));

        Assert.True(decision.Next!.Adult);
        var facts = PlainText.Of(SessionCard.Facts(decision.Next));
        Assert.StartsWith("🔞 18+ · Host", facts, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnratedSession_IsNotMarked_EvenInAnAgeRestrictedChannel()
    {
        var decision = SessionRules.Decide(In("discord", restricted: true), Parsed("/watch start title:Heat"));

        Assert.False(decision.Next!.Adult);
        Assert.DoesNotContain("18+", PlainText.Of(SessionCard.Facts(decision.Next)), StringComparison.Ordinal);
    }

    [Fact]
    public void ARatedRepeatingMovieNight_IsRefusedPlainly_NotBookedWithoutItsRating()
    {
        var refused = Expect.Refused(SessionRules.Decide(In("discord", restricted: true), Parsed("/watch schedule title:Heat at:\"friday 9pm\" repeat:weekly rated:18")));

        Assert.Contains("repeat", refused.Reason, StringComparison.Ordinal);
    }

    private static WatchCommand Parsed(string text)
    {
        var parsed = CommandParser.Parse(text);
        Assert.True(parsed.IsSuccess, parsed.Error?.Message);
        return parsed.Command;
    }

    private static CommandContext In(string platform, bool restricted) =>
        new(new ChannelAddress(platform, "space-1", "channel-1"), Alice, T0, null, [], NewId, Options()) { ChannelAgeRestricted = restricted };
}
