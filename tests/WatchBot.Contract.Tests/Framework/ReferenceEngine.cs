using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WatchBot.Core.Features.Sessions.Rules;
using WatchBot.Core.Kernel;
using WatchBot.Core.Views;
using WatchBot.Engine.MovieNights;
using WatchBot.Engine.Sessions;
using WatchBot.Testing;

namespace WatchBot.Contract.Tests.Framework;

/// <summary>
/// The engine alone, with no platform: the same script through the same coordinator on an in-memory
/// store and its own test clock. Answers to the sender never pass a publisher, so this is where the
/// contract learns which <see cref="Reply"/> view each command must produce; every platform must then
/// deliver exactly its markup of it.
/// </summary>
internal sealed class ReferenceEngine
{
    private static readonly ChannelAddress Channel = new("reference", "space", "channel");

    private readonly FakeTimeProvider _time = new(WatchBot.Testing.TestTime.Start);
    private readonly SeriesOverSessionStore _store = new(new InMemorySessionStore());
    private readonly RecordingPublisher _publisher = new("reference");
    private ManualSessionTimers _timers = null!;
    private SessionCoordinator _coordinator = null!;

    public ReferenceEngine() => Boot();

    public async Task<Reply?> SendAsync(string user, string line)
    {
        var actor = new Actor(new UserRef("reference", user, user), IsModerator: false);
        var outcome = await _coordinator.HandleTextAsync(Channel, actor, line, CancellationToken.None);

        // What the host's series service does after an occurrence changes, here at once: the next one booked.
        await SweepSeriesAsync();
        return outcome.Reply?.ToReply();
    }

    /// <summary>The views the engine showed on no platform at all: the run's views must match them.</summary>
    public IReadOnlyList<ChannelView> Views => [.. _publisher.Shown.Select(s => s.View)];

    public void Advance(TimeSpan by) => _time.Advance(by);

    /// <summary>Down for <paramref name="down"/>: no timer fires meanwhile; then start-up recovery, as the host runs it.</summary>
    public async Task RestartAsync(TimeSpan down)
    {
        _timers.Handler = null;
        _time.Advance(down);
        Boot();
        await _coordinator.RecoverAsync(CancellationToken.None);
        await SweepSeriesAsync();
    }

    /// <summary>What the host's series service does: every active series gets its next occurrence.</summary>
    private async Task SweepSeriesAsync()
    {
        using var series = new SeriesService(_coordinator, _store, new SeriesWakeups(), NullLogger<SeriesService>.Instance);
        await series.SweepAsync(CancellationToken.None);
    }

    private void Boot()
    {
        _timers = new ManualSessionTimers(_time);
        _coordinator = new SessionCoordinator(
            _store,
            _timers,
            new NoticeRouter([_publisher], NullLogger<NoticeRouter>.Instance),
            _time,
            Options.Create(new SessionRulesOptions()),
            NullLogger<SessionCoordinator>.Instance,
            series: _store);
        _timers.Handler = _coordinator;
    }
}
