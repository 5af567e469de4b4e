using WatchBot.Discord.Gateway;
using WatchBot.Discord.Tests.Gateway.Support;
using WatchBot.Testing;

namespace WatchBot.Discord.Tests.Gateway;

public sealed class IdentifyGateTests
{
    private readonly FakeTimeProvider _clock = new(TestTime.Start);
    private readonly RecordingLogger<IdentifyGateTests> _log = new();
    private readonly FakeGatewayUrlSource _source = new(new Uri("ws://127.0.0.1:1/"));

    [Fact]
    public async Task SameBucket_SecondIdentifyWaitsFiveSeconds()
    {
        var gate = Gate(remaining: 10, maxConcurrency: 1);

        await gate.WaitAsync(0, CancellationToken.None);
        var second = gate.WaitAsync(1, CancellationToken.None);

        _clock.Advance(TimeSpan.FromSeconds(4.9));
        Assert.False(second.IsCompleted);
        _clock.Advance(TimeSpan.FromSeconds(0.1));
        await second.WaitAsync(GatewayHarness.Wait);
        Assert.Contains(_log.Entries, e => e.Id == 4314);
    }

    [Fact]
    public async Task MaxConcurrency_LetsOneShardPerBucketGoTogether()
    {
        var gate = Gate(remaining: 10, maxConcurrency: 2);

        await gate.WaitAsync(0, CancellationToken.None);
        await gate.WaitAsync(1, CancellationToken.None).WaitAsync(GatewayHarness.Wait);
        var third = gate.WaitAsync(2, CancellationToken.None);

        Assert.False(third.IsCompleted);
        _clock.Advance(IdentifyGate.ConcurrencyWindow);
        await third.WaitAsync(GatewayHarness.Wait);
    }

    [Fact]
    public async Task BudgetUsedUp_WaitsForResetAfter_ThenAsksDiscordAgain()
    {
        var gate = Gate(remaining: 1, maxConcurrency: 1, resetAfter: TimeSpan.FromMinutes(10));
        await gate.WaitAsync(0, CancellationToken.None);
        _source.Info = _source.Info with { SessionStartRemaining = 5 };

        var next = gate.WaitAsync(0, CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(9));
        Assert.False(next.IsCompleted);
        _clock.Advance(TimeSpan.FromMinutes(1));

        await next.WaitAsync(GatewayHarness.Wait);
        Assert.Equal(1, _source.Calls);
        Assert.Contains(_log.Entries, e => e.Id == 4313);
    }

    private IdentifyGate Gate(int remaining, int maxConcurrency, TimeSpan? resetAfter = null)
    {
        var gate = new IdentifyGate(_source, _clock, _log);
        gate.Update(new GatewayBotInfo(new Uri("ws://127.0.0.1:1/"), 1, remaining, resetAfter ?? TimeSpan.FromHours(1), maxConcurrency));
        return gate;
    }
}
