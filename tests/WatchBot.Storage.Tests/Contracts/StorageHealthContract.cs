using Microsoft.Extensions.Logging.Abstractions;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Diagnostics;
using WatchBot.Engine.Ports;
using WatchBot.Storage.Tests.Support;
using WatchBot.Testing;

namespace WatchBot.Storage.Tests.Contracts;

/// <summary>The health port on a real database: the readiness ping, and the counts the gauges read.</summary>
public abstract class StorageHealthContract<TStorage> : StorageContract<TStorage>
    where TStorage : StorageUnderTest, new()
{
    [Fact]
    public async Task Ping_AnswersOnAMigratedDatabase()
    {
        await Storage.OpenSessions().SaveAsync(Samples.Session(SessionPhase.Playing), CancellationToken.None);

        await Storage.OpenHealth().PingAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Gauges_ShowLiveSessions_AndTheAgeOfThePendingOutboxEntry()
    {
        var time = new FakeTimeProvider(Samples.T0);
        var store = Storage.OpenSessions();
        var playing = Samples.Session(SessionPhase.Playing, new ChannelAddress("discord", "g", "c1"));
        var scheduled = Samples.Session(SessionPhase.Scheduled, new ChannelAddress("discord", "g", "c2"));
        var paused = Samples.Session(SessionPhase.Paused, new ChannelAddress("discord", "g", "c3"));
        await store.SaveAsync(scheduled, CancellationToken.None);
        await store.SaveAsync(paused, CancellationToken.None);
        var entry = Assert.Single(await store.CommitAsync(
            new SessionCommit(playing, [], [new OutboxEntry(0, playing.Channel, "PlaybackStarted", playing.Id, "{}", Samples.T0)]),
            CancellationToken.None));

        using var metrics = new WatchBotMetrics(time);
        using var recorder = new MetricsRecorder(metrics);
        var gauges = new WatchBotGauges(metrics, [], time, NullLogger<StorageVitalsSampler>.Instance, Storage.OpenHealth());
        await gauges.StartAsync(CancellationToken.None);

        time.Advance(TimeSpan.FromSeconds(42));
        recorder.Collect();
        Assert.Equal(2, Assert.Single(recorder.Of(MetricNames.LiveSessions)).Value);
        Assert.Equal(42, Assert.Single(recorder.Of(MetricNames.OutboxOldestAge)).Value, precision: 3);

        await store.MarkOutboxSentAsync(entry.Id, time.GetUtcNow(), CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(2));
        recorder.Collect();
        Assert.Equal(0, recorder.Of(MetricNames.OutboxOldestAge)[^1].Value);

        await gauges.StopAsync(CancellationToken.None);
        recorder.Collect();
        Assert.Equal(2, recorder.Of(MetricNames.OutboxOldestAge).Count);
    }
}
