using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.Rules;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Sessions;
using WatchBot.Engine.Sessions.Caching;
using WatchBot.Testing;

namespace WatchBot.Engine.Tests.Sessions.Caching;

/// <summary>The coordinator over <see cref="CachedSessionStore"/>: reads kept per channel, forgotten by each commit.</summary>
public sealed class CachedSessionStoreTests
{
    private static readonly ChannelAddress Here = CoordinatorHarness.Channel;
    private static readonly ChannelAddress There = new("test", "guild-1", "channel-2");
    private readonly GatedLiveReads _backing = new(new InMemorySessionStore());
    private readonly SessionReadCaches _caches = new();
    private readonly CachedSessionStore _store;
    private readonly SessionCoordinator _coordinator;

    public CachedSessionStoreTests()
    {
        _store = new CachedSessionStore(_backing, _caches);
        var time = new FakeTimeProvider(TestTime.Start);
        var platform = new RecordingPublisher();
        var timers = new ManualSessionTimers(time);
        _coordinator = new SessionCoordinator(
            _store,
            timers,
            new NoticeRouter([platform], NullLogger<NoticeRouter>.Instance, [platform]),
            time,
            Options.Create(new SessionRulesOptions()),
            NullLogger<SessionCoordinator>.Instance);
        timers.Handler = _coordinator;
    }

    [Fact]
    public async Task RepeatedStatus_ReadsTheLiveSessionOnce_AndSeesTheNextStartAndEnd()
    {
        Assert.Null((await Status(Here)).Live);
        Assert.Null((await Status(Here)).Live);
        Assert.Equal(1, _backing.LiveReads);

        await Say(Here, "/watch start title:Heat");
        Assert.Equal("Heat", (await Status(Here)).Live?.Title);

        await Say(Here, "/watch end");
        Assert.Null((await Status(Here)).Live);
    }

    [Fact]
    public async Task ACommitInOneChannel_KeepsTheOtherChannelsReads()
    {
        await Status(Here);
        await Status(There);
        var reads = _backing.LiveReads;

        await Say(Here, "/watch start title:Heat");
        await Status(There);
        Assert.Equal(reads, _backing.LiveReads);

        // The start (served from memory: nothing had changed) forgot Here only.
        Assert.Equal("Heat", (await Status(Here)).Live?.Title);
        Assert.Equal(reads + 1, _backing.LiveReads);
    }

    [Fact]
    public async Task AReadThatRacesACommit_IsNotKept()
    {
        // The read sees no session, then waits; meanwhile a start commits in the same channel.
        var gate = _backing.HoldNextLiveRead();
        var racing = _store.FindLiveAsync(Here, CancellationToken.None);
        await Say(Here, "/watch start title:Heat");
        gate.SetResult();
        Assert.Null(await racing);

        Assert.Equal("Heat", (await _store.FindLiveAsync(Here, CancellationToken.None))?.Title);
        Assert.Equal("Heat", (await Status(Here)).Live?.Title);
    }

    [Fact]
    public async Task TheScheduledList_IsOneNoCallerCanChange()
    {
        await Say(Here, "/watch schedule title:Alien at:\"in 2h\"");

        var upcoming = await _store.ListScheduledAsync(Here, CancellationToken.None);

        Assert.Equal("Alien", Assert.Single(upcoming).Title);
        Assert.IsNotType<List<WatchSession>>(upcoming);
        Assert.Same(upcoming, await _store.ListScheduledAsync(Here, CancellationToken.None));
    }

    private Task<CommandOutcome> Say(ChannelAddress channel, string text) =>
        _coordinator.HandleTextAsync(channel, CoordinatorHarness.Alice, text, CancellationToken.None);

    private async Task<StatusReport> Status(ChannelAddress channel) =>
        Assert.IsType<StatusReport>((await Say(channel, "/watch status")).Reply);
}
