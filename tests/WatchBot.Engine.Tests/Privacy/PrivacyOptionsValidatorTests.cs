using WatchBot.Engine.Privacy;

namespace WatchBot.Engine.Tests.Privacy;

public sealed class PrivacyOptionsValidatorTests
{
    [Fact]
    public void Defaults_AreThirtyAndOneHundredEightyDays_AndValid()
    {
        var options = new PrivacyOptions();

        Assert.Equal(TimeSpan.FromDays(30), options.RetainEndedSessionsFor);
        Assert.Equal(TimeSpan.FromDays(180), options.RetainAuditFor);
        Assert.True(new PrivacyOptionsValidator().Validate(null, options).Succeeded);
    }

    [Theory]
    [InlineData("00:59:59", "180.00:00:00", "Privacy:RetainEndedSessionsFor")]
    [InlineData("3651.00:00:00", "180.00:00:00", "Privacy:RetainEndedSessionsFor")]
    [InlineData("30.00:00:00", "23:00:00", "Privacy:RetainAuditFor")]
    [InlineData("30.00:00:00", "-1.00:00:00", "Privacy:RetainAuditFor")]
    public void OutOfRange_FailsNamingTheKey(string sessions, string audit, string key)
    {
        var options = new PrivacyOptions
        {
            RetainEndedSessionsFor = TimeSpan.Parse(sessions, System.Globalization.CultureInfo.InvariantCulture),
            RetainAuditFor = TimeSpan.Parse(audit, System.Globalization.CultureInfo.InvariantCulture),
        };

        var result = new PrivacyOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.StartsWith(key, Assert.Single(result.Failures!), StringComparison.Ordinal);
    }
}
