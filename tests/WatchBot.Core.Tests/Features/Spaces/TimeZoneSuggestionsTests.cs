using WatchBot.Core.Features.Spaces;
using WatchBot.Core.Text.Times;

namespace WatchBot.Core.Tests.Features.Spaces;

/// <summary>Which zones a space may be set to, and what people are offered for one the tz database does not know.</summary>
public sealed class TimeZoneSuggestionsTests
{
    [Theory]
    [InlineData("Europe/Paris", "Europe/Paris")]
    [InlineData("europe/paris", "Europe/Paris")]
    [InlineData("AMERICA/NEW_YORK", "America/New_York")]
    [InlineData("UTC", "UTC")]
    [InlineData("utc", "UTC")]
    [InlineData("America/Argentina/Buenos_Aires", "America/Argentina/Buenos_Aires")]
    [InlineData("Europe/Amsterdam", "Europe/Amsterdam")]
    public void Find_AcceptsEveryTzdbId_InAnyCase_AsTheExactId(string typed, string expected) =>
        Assert.Equal(expected, TimeZoneNames.Find(typed));

    [Theory]
    [InlineData("Paris")]
    [InlineData("Mars/Olympus")]
    [InlineData("")]
    [InlineData("+02:00")]
    public void Find_RefusesWhatIsNoZone(string typed) => Assert.Null(TimeZoneNames.Find(typed));

    [Theory]
    [InlineData("Paris", "Europe/Paris")]
    [InlineData("paris", "Europe/Paris")]
    [InlineData("new york", "America/New_York")]
    [InlineData("New_York", "America/New_York")]
    [InlineData("Tokyo", "Asia/Tokyo")]
    [InlineData("Pairs", "Europe/Paris")]
    [InlineData("Europe/Pari", "Europe/Paris")]
    [InlineData("Buenos Aires", "America/Argentina/Buenos_Aires")]
    [InlineData("los angeles", "America/Los_Angeles")]
    public void Nearest_OffersTheZoneMeant_First(string typed, string expected) =>
        Assert.Equal(expected, TimeZoneSuggestions.Nearest(typed)[0]);

    [Theory]
    [InlineData("Atlantis under the sea")]
    [InlineData("x")]
    [InlineData("")]
    public void Nearest_OffersNothing_WhenNothingIsClose(string typed) => Assert.Empty(TimeZoneSuggestions.Nearest(typed));

    [Fact]
    public void Nearest_OffersAtMostThree_AndOnlyGeographicIds_ThatAreAllKnown()
    {
        var near = TimeZoneSuggestions.Nearest("san");

        Assert.InRange(near.Count, 1, 3);
        Assert.All(near, id => Assert.Equal(id, TimeZoneNames.Find(id)));
        Assert.All(near, id => Assert.Contains('/', id));
    }
}
