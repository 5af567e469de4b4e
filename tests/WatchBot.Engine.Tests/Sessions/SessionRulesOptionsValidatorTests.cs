using Microsoft.Extensions.Configuration;
using WatchBot.Core.Features.Sessions.Rules;
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

    [Fact]
    public void DefaultReminderLeads_TheDefaults_AreAccepted_AndAZeroOrDoubledLead_FailsNamingTheKey()
    {
        var validator = new SessionRulesOptionsValidator();

        Assert.True(validator.Validate(null, new SessionRulesOptions()).Succeeded);
        Assert.True(validator.Validate(null, new SessionRulesOptions { DefaultReminderLeads = [] }).Succeeded);
        foreach (var leads in new TimeSpan[][] { [TimeSpan.Zero], [TimeSpan.FromHours(1), TimeSpan.FromHours(1)], [TimeSpan.FromDays(400)] })
        {
            var result = validator.Validate(null, new SessionRulesOptions { DefaultReminderLeads = leads });
            Assert.True(result.Failed);
            Assert.Contains("Sessions:DefaultReminderLeads", result.FailureMessage, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ReadyCheck_TheDefaultsAreAccepted_AndADefaultWaitPastTheMaximum_FailsNamingTheKey()
    {
        var validator = new SessionRulesOptionsValidator();

        Assert.True(validator.Validate(null, new SessionRulesOptions { ReadyCheckOpensBefore = TimeSpan.Zero }).Succeeded);
        var tooLong = validator.Validate(null, new SessionRulesOptions { DefaultReadyWait = TimeSpan.FromHours(2) });
        var negative = validator.Validate(null, new SessionRulesOptions { ReadyCheckOpensBefore = TimeSpan.FromMinutes(-1) });

        Assert.Contains("Sessions:DefaultReadyWait", tooLong.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Sessions:ReadyCheckOpensBefore", negative.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultReminderLeads_FromConfiguration_ReplaceTheDefaults_RatherThanAddToThem()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Sessions:DefaultReminderLeads:0"] = "01:00:00" })
            .Build();

        var options = configuration.GetSection("Sessions").Get<SessionRulesOptions>()!;

        Assert.Equal([TimeSpan.FromHours(1)], options.DefaultReminderLeads);
    }

    [Theory]
    [InlineData("UTC")]
    [InlineData("Europe/Paris")]
    [InlineData("America/Argentina/Buenos_Aires")]
    public void DefaultTimeZone_ATzdbId_IsAccepted(string zone) =>
        Assert.True(new SessionRulesOptionsValidator().Validate(null, new SessionRulesOptions { DefaultTimeZone = zone }).Succeeded);

    [Theory]
    [InlineData("europe/paris", "Did you mean Europe/Paris?")]
    [InlineData("Paris", "Did you mean Europe/Paris?")]
    [InlineData("Mars/Olympus_Mons", "Use an IANA name")]
    [InlineData("", "Use an IANA name")]
    public void DefaultTimeZone_NotExactlyATzdbId_FailsNamingTheKey_AndWhatToWrite(string zone, string hint)
    {
        var result = new SessionRulesOptionsValidator().Validate(null, new SessionRulesOptions { DefaultTimeZone = zone });

        Assert.True(result.Failed);
        Assert.Contains("Sessions:DefaultTimeZone", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains(hint, result.FailureMessage, StringComparison.Ordinal);
    }

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
