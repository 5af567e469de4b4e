using WatchBot.Core.Rules;
using WatchBot.Engine.Sessions;

namespace WatchBot.Engine.Tests.Sessions;

public sealed class SessionRulesOptionsValidatorTests
{
    [Fact]
    public void Defaults_AreValid()
    {
        Assert.True(new SessionRulesOptionsValidator().Validate(null, new SessionRulesOptions()).Succeeded);
    }

    [Theory]
    [InlineData("00:00:00")]
    [InlineData("-00:01:00")]
    [InlineData("1.00:00:01")]
    public void AssumedRuntime_NotPositiveOrLongerThanMaxRuntime_FailsNamingTheKey(string assumed)
    {
        var options = new SessionRulesOptions { AssumedRuntime = TimeSpan.Parse(assumed, System.Globalization.CultureInfo.InvariantCulture) };

        var result = new SessionRulesOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("Sessions:AssumedRuntime", result.FailureMessage, StringComparison.Ordinal);
    }
}
