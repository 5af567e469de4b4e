using WatchBot.Core.Text;

namespace WatchBot.Core.Tests.Text;

public sealed class PositionTextTests
{
    [Theory]
    [InlineData("1:02:03", 3723)]
    [InlineData("62:03", 3723)]
    [InlineData("3723s", 3723)]
    [InlineData("1h2m3s", 3723)]
    [InlineData("3723", 3723)]
    [InlineData("0:00", 0)]
    [InlineData("0:00:00", 0)]
    [InlineData("0:59", 59)]
    [InlineData("01:02:03", 3723)]
    [InlineData(" 1:02:03 ", 3723)]
    [InlineData("168:00:00", 604800)]
    [InlineData("30s", 30)]
    public void TryParse_EveryFormInTheSpec_GivesThePosition(string text, int seconds)
    {
        Assert.True(PositionText.TryParse(text, out var position));
        Assert.Equal(TimeSpan.FromSeconds(seconds), position);
    }

    [Theory]
    [InlineData("1:75:00")]
    [InlineData("1:02:60")]
    [InlineData("62:60")]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("1:02:03:04")]
    [InlineData("1::03")]
    [InlineData(":30")]
    [InlineData("30:")]
    [InlineData("1:0a:03")]
    [InlineData("-1:00")]
    [InlineData("1:2:3.5")]
    [InlineData("168:00:01")]
    [InlineData("99999:00")]
    [InlineData("9999:00:00")]
    [InlineData("30m1h")]
    public void TryParse_RejectsWhatIsNotAPosition(string text)
    {
        Assert.False(PositionText.TryParse(text, out _));
    }

    [Theory]
    [InlineData(3723, "1:02:03")]
    [InlineData(0, "0:00:00")]
    [InlineData(59, "0:00:59")]
    [InlineData(600, "0:10:00")]
    [InlineData(90000, "25:00:00")]
    [InlineData(-5, "0:00:00")]
    public void Format_IsHoursMinutesSeconds(int seconds, string expected)
    {
        Assert.Equal(expected, PositionText.Format(TimeSpan.FromSeconds(seconds)));
    }

    [Fact]
    public void Format_RoundsFractionsDown()
    {
        Assert.Equal("0:00:09", PositionText.Format(TimeSpan.FromMilliseconds(9_999)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3599)]
    [InlineData(3723)]
    [InlineData(8160)]
    [InlineData(90000)]
    [InlineData(604800)]
    public void Format_ThenTryParse_RoundTrips(int seconds)
    {
        var position = TimeSpan.FromSeconds(seconds);

        Assert.True(PositionText.TryParse(PositionText.Format(position), out var parsed));
        Assert.Equal(position, parsed);
    }
}
