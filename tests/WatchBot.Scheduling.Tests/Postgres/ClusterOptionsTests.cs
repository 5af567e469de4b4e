using Microsoft.Extensions.Options;
using WatchBot.Testing;

namespace WatchBot.Scheduling.Tests.Postgres;

/// <summary>The cluster's settings in the <c>Scheduling</c> section: documented defaults, and a start that fails naming a bad key.</summary>
public sealed class ClusterOptionsTests
{
    private readonly FakeTimeProvider _time = new(TestTime.Start);

    [Fact]
    public void Defaults_AreTheDocumentedOnes()
    {
        var options = new SchedulingOptions();

        Assert.Equal("AUTO", options.InstanceId);
        Assert.Equal(TimeSpan.FromSeconds(5), options.ClusterCheckinInterval);
        Assert.Equal(TimeSpan.FromSeconds(15), options.ClusterCheckinMisfireThreshold);
        Assert.True(new SchedulingOptionsValidator().Validate(null, options).Succeeded);
    }

    [Theory]
    [InlineData("Scheduling:InstanceId", " ")]
    [InlineData("Scheduling:ClusterCheckinInterval", "00:00:00.500")]
    [InlineData("Scheduling:ClusterCheckinInterval", "00:06:00")]
    [InlineData("Scheduling:ClusterCheckinMisfireThreshold", "00:00:00")]
    [InlineData("Scheduling:ClusterCheckinMisfireThreshold", "00:11:00")]
    public async Task Start_WithClusterSettingsThatMakeNoSense_FailsNamingTheKey(string key, string value)
    {
        await using var host = ClusterNode.Create("Host=127.0.0.1;Port=1;Database=never", _time, new Dictionary<string, string?> { [key] = value });

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(host.StartHostOnlyAsync);

        Assert.Contains(key, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InstanceId_LongerThanAHundredCharacters_IsRefused()
    {
        var result = new SchedulingOptionsValidator().Validate(null, new SchedulingOptions { InstanceId = new string('x', 101) });

        Assert.Contains("Scheduling:InstanceId", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Postgres_WithoutAConnectionString_FailsToStartNamingTheKey()
    {
        await using var host = ClusterNode.Create(" ", _time);

        var failure = await Assert.ThrowsAnyAsync<Exception>(host.StartHostOnlyAsync);

        Assert.Contains("Storage:ConnectionString", Messages(failure), StringComparison.Ordinal);
    }

    private static string Messages(Exception? exception)
    {
        var all = new List<string>();
        for (; exception is not null; exception = exception.InnerException)
        {
            all.Add(exception.Message);
        }

        return string.Join(" | ", all);
    }
}
