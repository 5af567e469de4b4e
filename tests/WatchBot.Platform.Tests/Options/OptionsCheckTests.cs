using WatchBot.Platform.Options;

namespace WatchBot.Platform.Tests.Options;

public sealed class OptionsCheckTests
{
    [Theory]
    [InlineData("t")]
    [InlineData("test-token")]
    [InlineData("MTk4NjIyNDgzNDcxOTI1MjQ4.Cl2FMQ.ZnCjm1XVW7vRze4b7Cq4se7kKWs")]
    public void ARealLookingSecret_Passes(string value) =>
        Assert.True(new OptionsCheck().Secret("Discord:Token", value, "the bot token").Result.Succeeded);

    [Theory]
    [InlineData(null, "is required")]
    [InlineData("  ", "is required")]
    [InlineData("<your bot token>", "placeholder")]
    [InlineData("changeme", "placeholder")]
    [InlineData("…", "placeholder")]
    [InlineData("xxxxxxxx", "placeholder")]
    [InlineData("paste the token here", "placeholder")]
    public void AMissingOrPlaceholderSecret_FailsNamingTheKeyAndItsVariable_NeverTheValue(string? value, string says)
    {
        var result = new OptionsCheck().Secret("Discord:Token", value, "the bot token").Result;

        var failure = Assert.Single(result.Failures!);
        Assert.StartsWith("Discord:Token ", failure, StringComparison.Ordinal);
        Assert.Contains(says, failure, StringComparison.Ordinal);
        Assert.Contains("Discord__Token", failure, StringComparison.Ordinal);
        if (!string.IsNullOrWhiteSpace(value))
        {
            Assert.DoesNotContain(value, failure, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("xoxb-1", true)]
    [InlineData("xoxb-test", true)]
    [InlineData("xoxp-user-token", false)]
    [InlineData("xoxb-", false)]
    [InlineData("xoxb-…", false)]
    [InlineData("xoxb-xxxx", false)]
    public void APrefixedSecret_MustCarryItsPrefix_AndMoreThanAPlaceholderAfterIt(string value, bool ok) =>
        Assert.Equal(ok, new OptionsCheck().Secret("Slack:BotToken", value, "a bot token", prefix: "xoxb-").Result.Succeeded);

    [Fact]
    public void Ranges_NameTheKey_AndTheBounds()
    {
        var result = new OptionsCheck()
            .Between("S:Wait", TimeSpan.FromSeconds(61), TimeSpan.Zero, TimeSpan.FromMinutes(1))
            .AtLeast("S:Timeout", TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(100))
            .Positive("S:Tolerance", TimeSpan.Zero, TimeSpan.FromMinutes(15))
            .PositiveBelow("S:Budget", TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(3))
            .Between("S:Retries", 11, 0, 10)
            .Result;

        Assert.Equal(
            [
                "S:Wait must be between 00:00:00 and 00:01:00.",
                "S:Timeout must be at least 00:00:00.1000000.",
                "S:Tolerance must be more than 0 and at most 00:15:00.",
                "S:Budget must be more than 0 and under 00:00:03.",
                "S:Retries must be between 0 and 10.",
            ],
            result.Failures);
    }

    [Fact]
    public void Ranges_AcceptTheirBounds()
    {
        var result = new OptionsCheck()
            .Between("S:Wait", TimeSpan.FromMinutes(1), TimeSpan.Zero, TimeSpan.FromMinutes(1))
            .Between("S:Wait", TimeSpan.Zero, TimeSpan.Zero, TimeSpan.FromMinutes(1))
            .AtLeast("S:Timeout", TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(100))
            .Positive("S:Tolerance", TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(15))
            .PositiveBelow("S:Budget", TimeSpan.FromMilliseconds(2999), TimeSpan.FromSeconds(3))
            .Between("S:Retries", 10, 0, 10)
            .Result;

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Theory]
    [InlineData("https://discord.com/api/v10", true)]
    [InlineData("http://127.0.0.1:5000/", true)]
    [InlineData("ftp://example.org/", false)]
    [InlineData("/api", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Urls_MustBeAbsolute_WithAnAllowedScheme(string? value, bool ok) =>
        Assert.Equal(ok, new OptionsCheck().AbsoluteUrl("Discord:ApiBaseUrl", value, "http", "https").Result.Succeeded);

    [Fact]
    public void AnOptionalUrl_MayBeUnset_ButNotWrong()
    {
        Assert.True(new OptionsCheck().AbsoluteUrl("G:Url", (Uri?)null, required: false, "ws", "wss").Result.Succeeded);
        var failure = Assert.Single(new OptionsCheck().AbsoluteUrl("G:Url", new Uri("http://example.org/"), required: false, "ws", "wss").Failures);
        Assert.Equal("G:Url must be an absolute ws:// or wss:// URL.", failure);
    }

    [Fact]
    public void EveryFailure_IsReported_AtOnce()
    {
        var check = new OptionsCheck()
            .That(false, "A:One is wrong.")
            .That(true, "A:Two is wrong.")
            .That(false, "A:Three is wrong.");

        Assert.Equal(["A:One is wrong.", "A:Three is wrong."], check.Failures);
        Assert.False(check.Result.Succeeded);
    }
}
