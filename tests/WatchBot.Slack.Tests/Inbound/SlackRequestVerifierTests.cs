using System.Text;
using Microsoft.Extensions.Options;
using WatchBot.Emulators.Slack;
using WatchBot.Platform.Inbound;
using WatchBot.Slack.Inbound;
using WatchBot.Slack.Tests.Support;

namespace WatchBot.Slack.Tests.Inbound;

public sealed class SlackRequestVerifierTests
{
    // The published example (PROTOCOLS.md §6): python-slack-sdk's test vector, also on Slack's docs page.
    private const string ExampleSecret = "8f742231b10e8888abcd99yyyzzz85a5";
    private const string ExampleTimestamp = "1531420618";
    private const string ExampleSignature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
    private const string ExampleBody = "slack_slash_command_request_body_form_urlencoded_signed_example.txt";

    private static readonly DateTimeOffset ExampleTime = DateTimeOffset.FromUnixTimeSeconds(1531420618);

    [Fact]
    public void PublishedExample_Verifies()
    {
        var verifier = Verifier(ExampleSecret, new FakeTimeProvider(ExampleTime.AddSeconds(30)));

        Assert.Equal(SignatureCheck.Valid, verifier.Verify(ExampleTimestamp, ExampleSignature, Fixtures.ReadBytes(ExampleBody)));
    }

    [Fact]
    public void PublishedExample_SignsToThePublishedSignature()
    {
        Assert.Equal(ExampleSignature, SlackRequestVerifier.Sign(ExampleSecret, ExampleTimestamp, Fixtures.ReadBytes(ExampleBody)));
        Assert.Equal(ExampleSignature, SlackRequestSender.Sign(ExampleSecret, ExampleTimestamp, Fixtures.ReadBytes(ExampleBody)));
    }

    [Fact]
    public void ForgedSignature_IsAMismatch()
    {
        var verifier = Verifier(ExampleSecret, new FakeTimeProvider(ExampleTime));
        var forged = SlackRequestVerifier.Sign("not-the-secret", ExampleTimestamp, Fixtures.ReadBytes(ExampleBody));

        Assert.Equal(SignatureCheck.Mismatch, verifier.Verify(ExampleTimestamp, forged, Fixtures.ReadBytes(ExampleBody)));
    }

    [Fact]
    public void TamperedBody_IsAMismatch()
    {
        var verifier = Verifier(ExampleSecret, new FakeTimeProvider(ExampleTime));
        var body = Fixtures.ReadBytes(ExampleBody);
        body[^1] ^= 1;

        Assert.Equal(SignatureCheck.Mismatch, verifier.Verify(ExampleTimestamp, ExampleSignature, body));
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    [InlineData(-86_400)]
    public void TimestampMoreThanFiveMinutesOff_EitherWay_IsStale(int offsetSeconds)
    {
        var verifier = Verifier(ExampleSecret, new FakeTimeProvider(ExampleTime.AddSeconds(-offsetSeconds)));

        Assert.Equal(SignatureCheck.Stale, verifier.Verify(ExampleTimestamp, ExampleSignature, Fixtures.ReadBytes(ExampleBody)));
    }

    [Theory]
    [InlineData(-299)]
    [InlineData(299)]
    public void TimestampWithinFiveMinutes_EitherWay_Verifies(int offsetSeconds)
    {
        var verifier = Verifier(ExampleSecret, new FakeTimeProvider(ExampleTime.AddSeconds(-offsetSeconds)));

        Assert.Equal(SignatureCheck.Valid, verifier.Verify(ExampleTimestamp, ExampleSignature, Fixtures.ReadBytes(ExampleBody)));
    }

    [Theory]
    [InlineData(null, ExampleSignature)]
    [InlineData(ExampleTimestamp, null)]
    [InlineData("", "")]
    public void MissingHeaders_AreRefused(string? timestamp, string? signature)
    {
        var verifier = Verifier(ExampleSecret, new FakeTimeProvider(ExampleTime));

        Assert.Equal(SignatureCheck.Missing, verifier.Verify(timestamp, signature, Fixtures.ReadBytes(ExampleBody)));
    }

    [Theory]
    [InlineData("-1531420618")]
    [InlineData("1531420618.5")]
    [InlineData("99999999999999999999999")]
    [InlineData("soon")]
    public void UnreadableTimestamp_IsStale(string timestamp)
    {
        var verifier = Verifier(ExampleSecret, new FakeTimeProvider(ExampleTime));

        Assert.Equal(SignatureCheck.Stale, verifier.Verify(timestamp, ExampleSignature, Encoding.UTF8.GetBytes("x")));
    }

    private static SlackRequestVerifier Verifier(string secret, TimeProvider time) =>
        new(Options.Create(new SlackOptions { SigningSecret = secret }), time);
}
