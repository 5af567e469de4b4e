using System.Globalization;
using WatchBot.Platform.Inbound;
using WatchBot.Testing;

namespace WatchBot.Platform.Tests.Inbound;

public sealed class RequestTimestampTests
{
    private static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    private readonly FakeTimeProvider _time = new(TestTime.Start);

    private string Stamp(int offsetSeconds) =>
        (_time.GetUtcNow().ToUnixTimeSeconds() + offsetSeconds).ToString(CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(0)]
    [InlineData(300)]
    [InlineData(-300)]
    public void WithinTheTolerance_EitherWay_IsValid(int offsetSeconds) =>
        Assert.Equal(SignatureCheck.Valid, RequestTimestamp.Check(Stamp(offsetSeconds), Tolerance, _time));

    [Theory]
    [InlineData(301)]
    [InlineData(-301)]
    [InlineData(-86_400)]
    public void BeyondTheTolerance_IsStale(int offsetSeconds) =>
        Assert.Equal(SignatureCheck.Stale, RequestTimestamp.Check(Stamp(offsetSeconds), Tolerance, _time));

    [Theory]
    [InlineData(null, SignatureCheck.Missing)]
    [InlineData("", SignatureCheck.Missing)]
    [InlineData("abc", SignatureCheck.Stale)]
    [InlineData("-5", SignatureCheck.Stale)]
    [InlineData("+1764000000", SignatureCheck.Stale)]
    [InlineData(" 1764000000", SignatureCheck.Stale)]
    [InlineData("99999999999999999999", SignatureCheck.Stale)]
    [InlineData("9223372036854775807", SignatureCheck.Stale)]
    [InlineData("253402300799", SignatureCheck.Stale)]
    public void AnythingButDigitsOfARecentSecond_IsRefused(string? timestamp, SignatureCheck expected) =>
        Assert.Equal(expected, RequestTimestamp.Check(timestamp, Tolerance, _time));
}
