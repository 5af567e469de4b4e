using WatchBot.Discord.Events;
using WatchBot.Discord.Tests.Events.Support;
using static WatchBot.Discord.Tests.Events.Support.Bookings;

namespace WatchBot.Discord.Tests.Events;

/// <summary>A retry or a restart finds the booking's event again: never a second one.</summary>
public sealed class DiscordEventRestartTests
{
    [Fact]
    public async Task TheSameBookingAgainAfterARestart_CreatesNothing()
    {
        await using var bot = await EventsUnderTest.StartAsync();
        var session = Booked();
        await bot.ShowAsync(Scheduled(session));

        await bot.RestartAsync();
        await bot.ShowAsync(Scheduled(session));
        bot.Time.SetUtcNow(session.ScheduledFor!.Value.AddSeconds(-5));
        await bot.ShowAsync(Countdown(session));

        var e = Assert.Single(bot.Events);
        Assert.Equal(2, e["status"]!.GetValue<int>());
        Assert.Equal(1, bot.Calls("POST", "/scheduled-events"));
    }

    [Fact]
    public async Task CreatedJustBeforeACrash_IsFoundByItsMarker_AndLinked()
    {
        await using var bot = await EventsUnderTest.StartAsync();
        var session = Booked();

        // Discord took the create, then the process died before the link was stored.
        var body = DiscordEventBody.Create(Core.Features.Sessions.Views.SessionListing.Of(session)!, EventsUnderTest.ChannelId);
        var id = bot.Api.SeedScheduledEvent(EventsUnderTest.Guild, body);
        await bot.ShowAsync(Scheduled(session));

        Assert.Single(bot.Events);
        Assert.Equal(id, bot.Links[DiscordPlatform.Name, "event:session:s1"]);
        Assert.Equal(0, bot.Calls("POST", "/scheduled-events"));
    }

    [Fact]
    public async Task AnEventDeletedByHand_IsCreatedAgain_WhileTheBookingIsAhead()
    {
        await using var bot = await EventsUnderTest.StartAsync();
        var session = Booked();
        await bot.ShowAsync(Scheduled(session));
        var first = bot.Links[DiscordPlatform.Name, "event:session:s1"];
        bot.Api.ClearCalls();

        using (var http = new HttpClient())
        {
            using var request = new HttpRequestMessage(HttpMethod.Delete, $"{bot.Api.BaseUrl}/guilds/{EventsUnderTest.Guild}/scheduled-events/{first}");
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bot", "admin");
            Assert.Equal(204, (int)(await http.SendAsync(request)).StatusCode);
        }

        await bot.ShowAsync(new Core.Features.Sessions.SessionRenamed(session with { Title = "Aliens", Revision = 1 }, "Alien", Host).ToChannel());

        var e = Assert.Single(bot.Events);
        Assert.NotEqual(first, e["id"]!.GetValue<string>());
        Assert.Equal("Aliens", e["name"]!.GetValue<string>());
        Assert.Equal(e["id"]!.GetValue<string>(), bot.Links[DiscordPlatform.Name, "event:session:s1"]);
    }
}
