using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Ports;
using WatchBot.Engine.Sessions;
using WatchBot.Testing;
using static WatchBot.Engine.Tests.Sessions.CoordinatorHarness;

namespace WatchBot.Engine.Tests.Sessions;

/// <summary>
/// An arm that fails after the commit (the timer store's lock timed out under load) is tried again
/// shortly, on the session read afresh, so an acknowledged booking still gets its countdown and GO
/// without waiting for a restart.
/// </summary>
public sealed class TimerRetryTests
{
    [Fact]
    public async Task ArmThatFailedOnce_IsArmedOnTheFirstRetry_AndTheBookingStartsOnTime()
    {
        FlakyTimers? flaky = null;
        var h = new CoordinatorHarness(wrapTimers: manual => flaky = new FlakyTimers(manual, failures: 1));
        await h.Say(Alice, "/watch schedule title:Alien at:\"in 10m\"");
        Assert.Equal(1, flaky!.Failed);
        Assert.Equal(0, h.Timers.ArmedCount);

        h.Time.Advance(SessionCoordinator.TimerRetryDelays[0]);
        await flaky.ArmedOnce.WaitAsync(TimeSpan.FromSeconds(30));

        var at = h.Store.All.Single().ScheduledFor!.Value;
        h.Time.SetUtcNow(at - TimeSpan.FromMinutes(1));
        h.Time.SetUtcNow(at);
        Assert.Single(h.Platform.Of<CountdownStarted>());
        Assert.Single(h.Platform.Of<PlaybackStarted>());
    }

    [Fact]
    public async Task CountdownWhoseArmKeptFailingPastItsInstant_GoesOutLateOnTheRetryThatWorks()
    {
        FlakyTimers? flaky = null;
        var h = new CoordinatorHarness(wrapTimers: manual => flaky = new FlakyTimers(manual, failures: 2));
        await h.Say(Alice, "/watch start in:5s");

        h.Time.Advance(SessionCoordinator.TimerRetryDelays[0]);
        await flaky!.FailedTwice.WaitAsync(TimeSpan.FromSeconds(30));
        h.Time.Advance(SessionCoordinator.TimerRetryDelays[1]);
        await h.Platform.WhenSaidAsync<LateStart>().WaitAsync(TimeSpan.FromSeconds(30));

        var late = Assert.Single(h.Platform.Of<LateStart>());
        Assert.Equal(SessionCoordinator.TimerRetryDelays[0] + SessionCoordinator.TimerRetryDelays[1] - TimeSpan.FromSeconds(5), late.Position);
        Assert.Equal(SessionPhase.Playing, (await h.Live())!.Phase);
    }

    [Fact]
    public async Task RetryAfterTheSessionWasStopped_ArmsNothing()
    {
        FlakyTimers? flaky = null;
        var h = new CoordinatorHarness(wrapTimers: manual => flaky = new FlakyTimers(manual, failures: 1));
        await h.Say(Alice, "/watch start in:5m");
        await h.Say(Alice, "/watch end");
        var armsBefore = h.Timers.History.Count;

        h.Time.Advance(SessionCoordinator.TimerRetryDelays[0]);
        h.Time.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal(armsBefore, h.Timers.History.Count);
        Assert.Empty(h.Platform.Of<PlaybackStarted>());
        Assert.Empty(h.Platform.Of<LateStart>());
    }

    /// <summary>Fails the first <paramref name="failures"/> arms, as a store whose lock timed out.</summary>
    private sealed class FlakyTimers(ManualSessionTimers inner, int failures) : ITimers
    {
        private readonly TaskCompletionSource _armed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _failedTwice = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _attempts;

        public int Failed => Math.Min(Volatile.Read(ref _attempts), failures);

        public Task ArmedOnce => _armed.Task;

        public Task FailedTwice => _failedTwice.Task;

        public async Task ArmAsync(AggregateTimer timer, CancellationToken cancellationToken)
        {
            var attempt = Interlocked.Increment(ref _attempts);
            if (attempt <= failures)
            {
                if (attempt == 2)
                {
                    _failedTwice.TrySetResult();
                }

                throw new InvalidOperationException("the timer store's lock timed out");
            }

            await inner.ArmAsync(timer, cancellationToken);
            _armed.TrySetResult();
        }

        public Task DisarmAsync(AggregateKey aggregate, IReadOnlyCollection<string> kinds, CancellationToken cancellationToken) =>
            inner.DisarmAsync(aggregate, kinds, cancellationToken);
    }
}
