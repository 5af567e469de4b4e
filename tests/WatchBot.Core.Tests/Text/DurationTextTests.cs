using WatchBot.Core.Text;

namespace WatchBot.Core.Tests.Text;

public sealed class DurationTextTests
{
    [Theory]
    [InlineData("10s", 10)]
    [InlineData("2m", 120)]
    [InlineData("1h30m", 5400)]
    [InlineData("2h16m", 8160)]
    [InlineData("1h30m15s", 5415)]
    [InlineData("1h15s", 3615)]
    [InlineData("90", 90)]
    [InlineData("0", 0)]
    [InlineData("0s", 0)]
    [InlineData(" 10S ", 10)]
    [InlineData("1H30M", 5400)]
    [InlineData("168h", 604800)]
    [InlineData("604800", 604800)]
    public void TryParse_EveryFormPeopleType_GivesTheDuration(string text, int seconds)
    {
        Assert.True(DurationText.TryParse(text, out var duration));
        Assert.Equal(TimeSpan.FromSeconds(seconds), duration);
    }

    [Theory]
    [InlineData("30m1h")]
    [InlineData("1m1m")]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("h")]
    [InlineData("10x")]
    [InlineData("1h30")]
    [InlineData("1h 30m")]
    [InlineData("-5s")]
    [InlineData("+5")]
    [InlineData("1.5h")]
    [InlineData("7d")]
    [InlineData("1:30")]
    [InlineData("604801")]
    [InlineData("169h")]
    [InlineData("99999999")]
    [InlineData("99999999999999999999s")]
    [InlineData("9999999h9999999m")]
    public void TryParse_RejectsWhatIsNotADuration(string text)
    {
        Assert.False(DurationText.TryParse(text, out _));
    }

    [Theory]
    [InlineData(10, "10s")]
    [InlineData(120, "2m")]
    [InlineData(5400, "1h30m")]
    [InlineData(8160, "2h16m")]
    [InlineData(3605, "1h5s")]
    [InlineData(5415, "1h30m15s")]
    [InlineData(86400, "24h")]
    [InlineData(0, "0s")]
    [InlineData(-30, "0s")]
    public void Format_IsTheShortHumanForm(int seconds, string expected)
    {
        Assert.Equal(expected, DurationText.Format(TimeSpan.FromSeconds(seconds)));
    }

    [Fact]
    public void Format_DropsFractionsOfASecond()
    {
        Assert.Equal("10s", DurationText.Format(TimeSpan.FromMilliseconds(10_900)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(59)]
    [InlineData(60)]
    [InlineData(61)]
    [InlineData(3600)]
    [InlineData(3661)]
    [InlineData(8160)]
    [InlineData(90061)]
    [InlineData(604800)]
    public void Format_ThenTryParse_RoundTrips(int seconds)
    {
        var duration = TimeSpan.FromSeconds(seconds);

        Assert.True(DurationText.TryParse(DurationText.Format(duration), out var parsed));
        Assert.Equal(duration, parsed);
    }
}
