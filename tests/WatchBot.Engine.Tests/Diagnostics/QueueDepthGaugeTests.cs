using Microsoft.Extensions.Logging.Abstractions;
using WatchBot.Engine.Diagnostics;
using WatchBot.Testing;

namespace WatchBot.Engine.Tests.Diagnostics;

/// <summary>watchbot.outbound.queue.depth reads each platform's queue while the host runs, and stops with it.</summary>
public sealed class QueueDepthGaugeTests
{
    [Fact]
    public async Task EachPlatformsQueue_IsReadWhenCollected_AndNoLongerOnceStopped()
    {
        using var metrics = new WatchBotMetrics(TimeProvider.System);
        using var recorder = new MetricsRecorder(metrics);
        var discord = new Queue("discord") { Pending = 7 };
        var slack = new Queue("slack") { Pending = 2 };
        var gauges = new WatchBotGauges(metrics, [discord, slack], TimeProvider.System, NullLogger<StorageVitalsSampler>.Instance);

        await gauges.StartAsync(CancellationToken.None);
        recorder.Collect();
        discord.Pending = 0;
        recorder.Collect();
        await gauges.StopAsync(CancellationToken.None);
        recorder.Collect();

        Assert.Equal([7, 0], recorder.Of(MetricNames.OutboundQueueDepth, ("platform", "discord")).Select(m => m.Value));
        Assert.Equal([2, 2], recorder.Of(MetricNames.OutboundQueueDepth, ("platform", "slack")).Select(m => m.Value));
        Assert.Empty(recorder.Of(MetricNames.LiveSessions));
    }

    private sealed class Queue(string platform) : IQueueDepthSource
    {
        public string Platform => platform;

        public int Pending { get; set; }
    }
}
