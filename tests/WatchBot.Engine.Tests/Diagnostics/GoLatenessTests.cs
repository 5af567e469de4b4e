using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WatchBot.Core.Features.Sessions.Rules;
using WatchBot.Core.Kernel;
using WatchBot.Core.Views;
using WatchBot.Engine.Diagnostics;
using WatchBot.Engine.Ports;
using WatchBot.Engine.Sessions;
using WatchBot.Testing;

namespace WatchBot.Engine.Tests.Diagnostics;

/// <summary>watchbot.go.lateness: from the GO's instant to its hand-over, on the fake clock.</summary>
public sealed class GoLatenessTests
{
    private static readonly ChannelAddress Channel = new("test", "guild-1", "channel-1");
    private static readonly Actor Alice = new(new UserRef("test", "u-alice", "alice"), IsModerator: false);

    [Fact]
    public async Task AGoThePlatformTook1500MsToTake_IsRecordedAs1500Ms()
    {
        var time = new FakeTimeProvider(TestTime.Start);
        using var metrics = new WatchBotMetrics(time);
        using var recorder = new MetricsRecorder(metrics);
        var platform = new SlowAtGo(time, TimeSpan.FromMilliseconds(1500));
        var timers = new ManualSessionTimers(time);
        var coordinator = new SessionCoordinator(
            new InMemorySessionStore(),
            timers,
            new NoticeRouter([platform], NullLogger<NoticeRouter>.Instance, [new GoLatenessObserver(metrics, time)]),
            time,
            Options.Create(new SessionRulesOptions()),
            NullLogger<SessionCoordinator>.Instance);
        timers.Handler = coordinator;

        await coordinator.HandleTextAsync(Channel, Alice, "/watch start title:\"Heat\" in:10s", CancellationToken.None);
        Assert.Empty(recorder.Of(MetricNames.GoLateness));
        time.Advance(TimeSpan.FromSeconds(10));

        var go = Assert.Single(recorder.Of(MetricNames.GoLateness));
        Assert.Equal(1500, go.Value, precision: 3);
        Assert.Equal("ms", go.Unit);
        Assert.Equal("test", go.Tag("platform"));
    }

    [Fact]
    public void OtherNotices_RecordNothing()
    {
        var time = new FakeTimeProvider(TestTime.Start);
        using var metrics = new WatchBotMetrics(time);
        using var recorder = new MetricsRecorder(metrics);

        new GoLatenessObserver(metrics, time).Delivered(Channel, new Refused("no", null));

        Assert.Empty(recorder.Records);
    }

    /// <summary>A platform that takes a while to post a GO: the fake clock moves while it does.</summary>
    private sealed class SlowAtGo(FakeTimeProvider time, TimeSpan delay) : IChannelPublisher
    {
        public string Platform => "test";

        public Task PublishAsync(ChannelAddress channel, ChannelView view, CancellationToken cancellationToken)
        {
            if (view.Announcements.Any(a => a.Key?.StartsWith("go:", StringComparison.Ordinal) == true))
            {
                time.Advance(delay);
            }

            return Task.CompletedTask;
        }
    }
}
