using WatchBot.Core.Rules;
using WatchBot.Engine.Sessions;

namespace WatchBot.Engine.Tests.Sessions;

public sealed class SessionRulesOptionsValidatorTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(60)]
    public void ReactionInterval_FromNoLimitToAMinute_IsAccepted(int seconds)
    {
        var options = new SessionRulesOptions { ReactionInterval = TimeSpan.FromSeconds(seconds) };

        Assert.True(new SessionRulesOptionsValidator().Validate(null, options).Succeeded);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(61)]
    public void ReactionInterval_NegativeOrOverAMinute_FailsNamingTheKey(int seconds)
    {
        var options = new SessionRulesOptions { ReactionInterval = TimeSpan.FromSeconds(seconds) };

        var result = new SessionRulesOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("Sessions:ReactionInterval", result.FailureMessage, StringComparison.Ordinal);
    }
}
