using WatchBot.Core.Features.Sessions.Views;
using WatchBot.Core.Notices;
using WatchBot.Core.Sessions;
using WatchBot.Core.Tests.Views;
using static WatchBot.Core.Tests.Given;

namespace WatchBot.Core.Tests.Features.Sessions.Views;

/// <summary>Status: the live session, then the bookings, for the one who asked; never posted in the channel.</summary>
public sealed class StatusViewTests
{
    [Fact]
    public void Playing_WithBookings_ListsThemInOrder()
    {
        var waiting = Scheduled(T0 - Minute, id: new SessionId("wait00000001")) with { Title = "Heat", WaitingSince = T0 - Minute };
        var report = new StatusReport(Playing(Minute), Minute, [Scheduled(T0 + Hour), waiting], T0);

        Assert.Equal(
            "The Matrix — playing at 0:01:00. Host alice, control: host and moderators, 0 ready, 0 reactions.\n"
            + "Next: Alien at [F 2026-11-22 21:00:00] ([R 21:00:00]).\n"
            + "Next: Heat, due at [F 2026-11-22 19:59:00], starts when this channel is free.",
            PlainText.Of(report.ToReply().Lines));
        Assert.True(report.ToChannel().IsEmpty);
    }

    [Fact]
    public void CountingDown_Paused_AtTheEnd_AndNothing()
    {
        var target = T0 + (10 * Second);

        Assert.StartsWith("The Matrix — counting down: press play at [T 20:00:10] ([R 20:00:10]), from 0:00:00.", Status(CountingDown(target), TimeSpan.Zero), StringComparison.Ordinal);
        Assert.StartsWith("The Matrix — paused at 0:01:00.", Status(Paused(Minute), Minute), StringComparison.Ordinal);
        Assert.StartsWith("The Matrix — at the end (0:01:00).", Status(Playing(Minute, runtime: Minute), Minute), StringComparison.Ordinal);
        Assert.Equal("No session is running here.", PlainText.Of(new StatusReport(null, null, [], T0).ToReply().Lines));
    }

    [Fact]
    public void AtMostFiveBookings_AreListed()
    {
        var many = Enumerable.Range(1, 8).Select(i => Scheduled(T0 + (i * Hour), id: new SessionId($"next0000000{i}"))).ToList();

        var reply = new StatusReport(null, null, many, T0).ToReply();

        Assert.Equal(1 + StatusView.MaxUpcoming, reply.Lines.Count);
    }

    private static string Status(WatchSession live, TimeSpan position) => PlainText.Of(new StatusReport(live, position, [], T0).ToReply().Lines);
}
