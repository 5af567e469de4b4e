using WatchBot.Core.Features.LateJoin;

namespace WatchBot.Core.Tests.Features.LateJoin;

/// <summary>What <c>/watch check at:</c> reads: positions as everywhere, plus tenths.</summary>
public sealed class PlayerReadingTests
{
    [Theory]
    [InlineData("1:02:03", 3723_000)]
    [InlineData("62:03", 3723_000)]
    [InlineData("3723", 3723_000)]
    [InlineData("3723s", 3723_000)]
    [InlineData("1:02:03.5", 3723_500)]
    [InlineData(" 1:02:03.25 ", 3723_250)]
    [InlineData("3723.125", 3723_125)]
    [InlineData("0:00", 0)]
    public void Reads(string typed, long milliseconds)
    {
        Assert.True(PlayerReading.TryParse(typed, out var position));
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), position);
    }

    [Theory]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("1:75:00")]
    [InlineData("1:02:03.")]
    [InlineData(".5")]
    [InlineData("1:02:03.5555")]
    [InlineData("1h.5")]
    [InlineData("+30s")]
    [InlineData("1,5")]
    public void Refuses(string typed) => Assert.False(PlayerReading.TryParse(typed, out _));
}
