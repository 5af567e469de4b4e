using System.Threading.Channels;
using Microsoft.Extensions.Logging.Abstractions;
using WatchBot.Footprint;
using WatchBot.Testing;

namespace WatchBot.Host.Tests.Footprint;

/// <summary>The service on a manual clock, with the allocation counter and the trim replaced.</summary>
public sealed class QuietTrimTests
{
    [Fact]
    public async Task AfterStartAndAfterABurst_TheFirstQuietLookTrims_AndOnlyOnce()
    {
        var time = new FakeTimeProvider(TestTime.Start);
        var events = Channel.CreateUnbounded<string>();
        long allocated = 0;
        using var service = new QuietTrim(
            time,
            NullLogger.Instance,
            () =>
            {
                // Counter first, then the event: once the test has seen a look, that look's count is
                // taken, so the test's next Add belongs to the next look even on a loaded machine.
                var count = Interlocked.Read(ref allocated);
                events.Writer.TryWrite("look");
                return count;
            },
            () => events.Writer.TryWrite("trim"));
        await service.StartAsync(CancellationToken.None);
        Assert.Equal("look", await events.Reader.ReadAsync());

        var log = new List<string>();
        var quiet = QuietTrim.Rule.QuietBytes / 2;
        var burst = QuietTrim.Rule.BusyBytes * 3;
        foreach (var bytes in new[] { quiet, burst, burst, quiet, quiet, quiet })
        {
            Interlocked.Add(ref allocated, bytes);
            time.Advance(QuietTrim.Interval);

            // Each look is the start of one tick; a trim follows its own look, before the next.
            log.Add(await events.Reader.ReadAsync());
            while (events.Reader.TryPeek(out var next) && next == "trim")
            {
                log.Add(await events.Reader.ReadAsync());
            }
        }

        // One more tick, so that a trim after the last look above would have shown.
        time.Advance(QuietTrim.Interval);
        log.Add(await events.Reader.ReadAsync());
        await service.StopAsync(CancellationToken.None);
        while (events.Reader.TryRead(out var late))
        {
            log.Add(late);
        }

        Assert.Equal(["look", "trim", "look", "look", "look", "trim", "look", "look", "look"], log);
    }
}
