using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.Views;
using WatchBot.Core.Views;
using WatchBot.Discord.Tests.Events.Support;
using static WatchBot.Discord.Tests.Events.Support.Bookings;

namespace WatchBot.Discord.Tests.Events;

/// <summary>
/// A booking's Guild Scheduled Event through its life, against the Discord emulator over loopback
/// HTTP: created with the right fields, moved and renamed with the booking, ACTIVE when it starts,
/// COMPLETED when it ends, CANCELED when it is cancelled.
/// </summary>
public sealed class DiscordEventLifecycleTests
{
    [Fact]
    public async Task Booking_CreatesAnExternalEvent_WithTheBookingsFields()
    {
        await using var bot = await EventsUnderTest.StartAsync();
        var session = Booked("Alien  (1979)\u202E", runtime: TimeSpan.FromMinutes(117));

        await bot.ShowAsync(Scheduled(session));

        var e = bot.Event("session:s1");
        Assert.Equal("Alien (1979)", e["name"]!.GetValue<string>());
        Assert.Equal(3, e["entity_type"]!.GetValue<int>());
        Assert.Equal(2, e["privacy_level"]!.GetValue<int>());
        Assert.Null(e["channel_id"]);
        Assert.Equal($"<#{EventsUnderTest.ChannelId}>", e["entity_metadata"]!["location"]!.GetValue<string>());
        Assert.Equal(session.ScheduledFor, DateTimeOffset.Parse(e["scheduled_start_time"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(session.ScheduledFor + TimeSpan.FromMinutes(117), DateTimeOffset.Parse(e["scheduled_end_time"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(1, e["status"]!.GetValue<int>());
        Assert.Null(e["recurrence_rule"]);
    }

    [Fact]
    public async Task UnknownRuntime_EndsTwoHoursAfterTheStart()
    {
        await using var bot = await EventsUnderTest.StartAsync();
        var session = Booked();

        await bot.ShowAsync(Scheduled(session));

        var e = bot.Event("session:s1");
        Assert.Equal(session.ScheduledFor + TimeSpan.FromHours(2), DateTimeOffset.Parse(e["scheduled_end_time"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task TheSameStateAgain_ChangesNothing_EvenWithMillisecondsDiscordDoesNotKeep()
    {
        await using var bot = await EventsUnderTest.StartAsync();
        var session = Booked(inFuture: TimeSpan.FromHours(2) + TimeSpan.FromMilliseconds(345));
        await bot.ShowAsync(Scheduled(session));

        await bot.ShowAsync(Scheduled(session));

        Assert.Single(bot.Events);
        Assert.Equal(0, bot.Calls("PATCH", "/scheduled-events/"));
        Assert.Equal(1, bot.Calls("GET", $"/scheduled-events/{bot.Event("session:s1")["id"]!.GetValue<string>()}"));
    }

    [Fact]
    public async Task RenameAndReschedule_ModifyTheSameEvent()
    {
        await using var bot = await EventsUnderTest.StartAsync();
        var session = Booked();
        await bot.ShowAsync(Scheduled(session));
        var id = bot.Event("session:s1")["id"]!.GetValue<string>();

        var renamed = session with { Title = "Aliens", Revision = 1 };
        await bot.ShowAsync(new SessionRenamed(renamed, "Alien", Host).ToChannel());
        var moved = renamed with { ScheduledFor = Now.AddDays(1), Revision = 2 };
        await bot.ShowAsync(new ChannelView { Listing = SessionListing.Of(moved) });

        var e = Assert.Single(bot.Events);
        Assert.Equal(id, e["id"]!.GetValue<string>());
        Assert.Equal("Aliens", e["name"]!.GetValue<string>());
        Assert.Equal(Now.AddDays(1), DateTimeOffset.Parse(e["scheduled_start_time"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Now.AddDays(1).AddHours(2), DateTimeOffset.Parse(e["scheduled_end_time"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(1, bot.Calls("POST", "/scheduled-events"));
        Assert.Equal(2, bot.Calls("PATCH", "/scheduled-events/"));
    }

    [Fact]
    public async Task Countdown_MakesItActive_AndTheEnd_Completed()
    {
        await using var bot = await EventsUnderTest.StartAsync();
        bot.Api.AutoStatus = false;
        var session = Booked(runtime: TimeSpan.FromMinutes(90));
        await bot.ShowAsync(Scheduled(session));

        bot.Time.SetUtcNow(session.ScheduledFor!.Value.AddSeconds(-10));
        await bot.ShowAsync(Countdown(session));
        Assert.Equal(2, bot.Event("session:s1")["status"]!.GetValue<int>());

        bot.Time.Advance(TimeSpan.FromMinutes(60));
        await bot.ShowAsync(Ended(session, EndReason.EndedByUser, bot.Time.GetUtcNow()));
        Assert.Equal(3, bot.Event("session:s1")["status"]!.GetValue<int>());
    }

    [Fact]
    public async Task AnEventDiscordStartedByItself_IsNotStartedAgain_AndStillCompletes()
    {
        await using var bot = await EventsUnderTest.StartAsync();
        var session = Booked(runtime: TimeSpan.FromMinutes(90));
        await bot.ShowAsync(Scheduled(session));

        // Discord moves an EXTERNAL event to ACTIVE at its start; the GO comes a moment later.
        bot.Time.SetUtcNow(session.ScheduledFor!.Value.AddSeconds(1));
        await bot.ShowAsync(new PlaybackStarted(session with { Phase = SessionPhase.Playing }, TimeSpan.Zero).ToChannel());
        bot.Time.Advance(TimeSpan.FromMinutes(30));
        await bot.ShowAsync(Ended(session, EndReason.EndedByUser, bot.Time.GetUtcNow()));

        Assert.Equal(3, bot.Event("session:s1")["status"]!.GetValue<int>());
        Assert.Equal(1, bot.Calls("PATCH", "/scheduled-events/"));
    }

    [Fact]
    public async Task Cancelled_IsCanceled()
    {
        await using var bot = await EventsUnderTest.StartAsync();
        var session = Booked();
        await bot.ShowAsync(Scheduled(session));

        var cancelled = session with { Phase = SessionPhase.Ended, EndReason = EndReason.Cancelled, Revision = 1 };
        await bot.ShowAsync(new ChannelView { Listing = SessionListing.Of(cancelled) });

        Assert.Equal(4, bot.Event("session:s1")["status"]!.GetValue<int>());
    }

    [Fact]
    public async Task MissedAfterDiscordStartedIt_IsDeleted_AnActiveEventCannotBeCanceled()
    {
        await using var bot = await EventsUnderTest.StartAsync();
        var session = Booked();
        await bot.ShowAsync(Scheduled(session));

        bot.Time.SetUtcNow(session.ScheduledFor!.Value.AddMinutes(30));
        var missed = session with { Phase = SessionPhase.Ended, EndReason = EndReason.Missed };
        await bot.ShowAsync(new SessionMissed(missed, session.ScheduledFor.Value).ToChannel());

        Assert.Empty(bot.Events);
        Assert.Null(bot.Links[DiscordPlatform.Name, "event:session:s1"]);
    }

    [Fact]
    public async Task ASessionStartedNow_HasNoEvent()
    {
        await using var bot = await EventsUnderTest.StartAsync();
        var started = Booked() with { ScheduledFor = null, Phase = SessionPhase.CountingDown, CountdownTarget = Now.AddSeconds(10) };

        await bot.ShowAsync(new CountdownStarted(started, Now.AddSeconds(10), TimeSpan.Zero, Host, false).ToChannel());

        Assert.Empty(bot.Events);
        Assert.Equal(0, bot.Calls("GET", "/scheduled-events"));
    }
}
