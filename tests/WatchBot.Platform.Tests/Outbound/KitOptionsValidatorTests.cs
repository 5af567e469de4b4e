using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WatchBot.Platform.Outbound;
using WatchBot.Platform.Tests.Support;
using WatchBot.Testing;

namespace WatchBot.Platform.Tests.Outbound;

public sealed class KitOptionsValidatorTests
{
    [Fact]
    public void Defaults_AreValid() => Assert.Empty(KitOptionsValidator.Problems(new KitOptions(), "Slack"));

    [Fact]
    public void EachBadKey_IsNamedInItsSection()
    {
        var problems = KitOptionsValidator.Problems(
            new KitOptions { BatchWindow = TimeSpan.FromSeconds(-1), MaxBatchLines = 0, Workers = 0, MaxThrottledRetries = 99 },
            "Discord");

        Assert.Equal(4, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("Discord:BatchWindow", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Discord:MaxBatchLines", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Discord:Workers", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Discord:MaxThrottledRetries", StringComparison.Ordinal));
    }

    [Fact]
    public void Publisher_WithBadOptions_FailsAtStart()
    {
        var error = Assert.Throws<OptionsValidationException>(() => new ViewPublisher(
            new FakeMessenger(), new MemoryPlatformLinks(), new FakeTimeProvider(TestTime.Start),
            new KitOptions { MaxBatchLines = 500 }, NullLogger<ViewPublisher>.Instance));

        Assert.Contains("fake:MaxBatchLines", error.Message, StringComparison.Ordinal);
    }
}
