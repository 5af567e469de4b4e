using System.Threading.Channels;
using WatchBot.Emulators;

namespace WatchBot.Platform.Tests.Sockets.Support;

/// <summary>
/// A manual clock that reports every timer armed on it, so a test can wait until the host is really
/// waiting its backoff before it advances the clock (advancing earlier would be lost).
/// </summary>
internal sealed class TimerWatch(FakeTimeProvider clock) : TimeProvider
{
    private readonly Channel<TimeSpan> _armed = Channel.CreateUnbounded<TimeSpan>();

    public FakeTimeProvider Clock => clock;

    public override DateTimeOffset GetUtcNow() => clock.GetUtcNow();

    public override long GetTimestamp() => clock.GetTimestamp();

    public override long TimestampFrequency => clock.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => clock.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = clock.CreateTimer(callback, state, dueTime, period);
        _armed.Writer.TryWrite(dueTime);
        return timer;
    }

    /// <summary>Waits for the next timer to be armed; returns its due time.</summary>
    public async Task<TimeSpan> NextTimerAsync() =>
        await _armed.Reader.ReadAsync(CancellationToken.None).AsTask().WaitAsync(EmulatorAssembly.Patience);

    /// <summary>Timers armed but not yet awaited with <see cref="NextTimerAsync"/>.</summary>
    public int Unread => _armed.Reader.Count;

    /// <summary>Waits for the host to arm its wait, checks it, and lets it pass.</summary>
    public async Task PassWaitAsync(TimeSpan expected)
    {
        var due = await NextTimerAsync();
        Assert.Equal(expected, due);
        clock.Advance(due);
    }
}
