using WatchBot.Discord.Rest;
using WatchBot.Emulators;
using WatchBot.Testing;

namespace WatchBot.Discord.Tests.Rest;

/// <summary>The global ceiling on the manual clock: slots held until a second after the answer, FIFO, 429 blocks.</summary>
public sealed class GlobalRateGateTests
{
    private readonly FakeTimeProvider _time = new(TestTime.Start);

    [Fact]
    public async Task UpToTheCeiling_GoAtOnce_TheNextWaits()
    {
        using var gate = new GlobalRateGate(_time, 3);

        var first = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => gate.WaitTurnAsync(CancellationToken.None)));
        var fourth = gate.WaitTurnAsync(CancellationToken.None);

        Assert.Equal(3, first.Length);
        Assert.False(fourth.IsCompleted);
        Assert.Equal(3, gate.Taken);
    }

    [Fact]
    public async Task ARequestStillInFlight_KeepsItsSlot_HoweverLongItTakes()
    {
        using var gate = new GlobalRateGate(_time, 1);
        using var slow = await gate.WaitTurnAsync(CancellationToken.None);
        var next = gate.WaitTurnAsync(CancellationToken.None);

        _time.Advance(TimeSpan.FromSeconds(30));

        Assert.False(next.IsCompleted);
    }

    [Fact]
    public async Task AnAnsweredRequest_FreesItsSlotOneSecondAfterTheAnswer()
    {
        using var gate = new GlobalRateGate(_time, 1);
        var slot = await gate.WaitTurnAsync(CancellationToken.None);
        var next = gate.WaitTurnAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromMilliseconds(300));

        slot.Dispose();
        _time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(next.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(1));

        using var granted = await next.WaitAsync(EmulatorAssembly.Patience, TimeProvider.System);
        Assert.Equal(1, gate.Taken);
    }

    [Fact]
    public async Task ReleasingTwice_FreesOneSlotOnly()
    {
        using var gate = new GlobalRateGate(_time, 2);
        var slot = await gate.WaitTurnAsync(CancellationToken.None);
        using var other = await gate.WaitTurnAsync(CancellationToken.None);

        slot.Dispose();
        slot.Dispose();
        _time.Advance(TimeSpan.FromSeconds(2));

        Assert.Equal(1, gate.Taken);
    }

    [Fact]
    public async Task Waiters_AreServedInArrivalOrder()
    {
        using var gate = new GlobalRateGate(_time, 1);
        var order = new List<int>();
        var first = await gate.WaitTurnAsync(CancellationToken.None);
        var waiting = Enumerable.Range(1, 3).Select(i => gate.WaitTurnAsync(CancellationToken.None).ContinueWith(t =>
        {
            lock (order)
            {
                order.Add(i);
            }

            return t.Result;
        }, TaskScheduler.Default)).ToList();

        first.Dispose();
        for (var i = 0; i < 3; i++)
        {
            _time.Advance(TimeSpan.FromSeconds(1));
            var granted = await waiting[i].WaitAsync(EmulatorAssembly.Patience, TimeProvider.System);
            granted.Dispose();
        }

        Assert.Equal([1, 2, 3], order);
    }

    [Fact]
    public async Task AGlobal429_StopsEveryoneUntilRetryAfter()
    {
        using var gate = new GlobalRateGate(_time, 10);
        gate.Block(TimeSpan.FromSeconds(2));

        var blocked = gate.WaitTurnAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromMilliseconds(1999));
        Assert.False(blocked.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(1));

        using var slot = await blocked.WaitAsync(EmulatorAssembly.Patience, TimeProvider.System);
    }

    [Fact]
    public async Task ACancelledWaiter_GivesUp_AndTheNextOneGetsTheSlot()
    {
        using var gate = new GlobalRateGate(_time, 1);
        var first = await gate.WaitTurnAsync(CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var cancelled = gate.WaitTurnAsync(cancel.Token);
        var patient = gate.WaitTurnAsync(CancellationToken.None);

        await cancel.CancelAsync();
        first.Dispose();
        _time.Advance(TimeSpan.FromSeconds(1));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        using var slot = await patient.WaitAsync(EmulatorAssembly.Patience, TimeProvider.System);
        Assert.Equal(1, gate.Taken);
    }
}
