using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Core.Views;
using WatchBot.Testing;

namespace WatchBot.Discord.Tests.Events.Support;

/// <summary>Booked sessions in the test channel and the notices that move them, as the rules would make them.</summary>
internal static class Bookings
{
    public static readonly UserRef Host = new(DiscordPlatform.Name, "2000000000000000001", "alice");

    public static DateTimeOffset Now => TestTime.Start;

    public static WatchSession Booked(string title = "Alien", TimeSpan? inFuture = null, TimeSpan? runtime = null, string id = "s1") => new()
    {
        Id = new SessionId(id),
        Channel = EventsUnderTest.Channel,
        Title = title,
        Host = Host,
        Phase = SessionPhase.Scheduled,
        Clock = MediaClock.Stopped(Now, runtime),
        CreatedAt = Now,
        ScheduledFor = Now + (inFuture ?? TimeSpan.FromHours(2)),
    };

    public static ChannelView Scheduled(WatchSession session) => new SessionScheduled(session, session.ScheduledFor!.Value, Host).ToChannel();

    public static ChannelView Countdown(WatchSession session) =>
        new CountdownStarted(session with { Phase = SessionPhase.CountingDown, CountdownTarget = session.ScheduledFor }, session.ScheduledFor!.Value, TimeSpan.Zero, null, false).ToChannel();

    public static ChannelView Ended(WatchSession session, EndReason reason, DateTimeOffset at)
    {
        var ended = session with { Phase = SessionPhase.Ended, EndReason = reason, EndedAt = at };
        return new SessionEnded(ended, Recap.Of(ended, at), Host).ToChannel();
    }
}
