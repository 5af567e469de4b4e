using System.Text.Json.Nodes;
using WatchBot.Discord.Tests.Events.Support;
using static WatchBot.Discord.Tests.Events.Support.Bookings;

namespace WatchBot.Discord.Tests.Events;

/// <summary>
/// Without Create Events, or with Discord's 100 events, the bookings still get their cards and
/// nothing breaks; the guild is told once what to do, and not again after a restart.
/// </summary>
public sealed class DiscordEventRefusalTests
{
    [Fact]
    public async Task WithoutCreateEvents_NoEvent_OneNote_AndTheCardStillPosted()
    {
        await using var bot = await EventsUnderTest.StartAsync();
        bot.Api.SetCreateEvents(EventsUnderTest.Guild, granted: false);
        bot.Interaction("token-a");

        await bot.ShowAsync(Scheduled(Booked(id: "s1")));
        bot.Interaction("token-b");
        await bot.ShowAsync(Scheduled(Booked(inFuture: TimeSpan.FromHours(5), id: "s2")));

        Assert.Empty(bot.Events);
        Assert.Equal(2, bot.Api.Calls.Count(c => c.Method == "POST" && c.Path == $"/channels/{EventsUnderTest.ChannelId}/messages"));
        var note = Assert.Single(bot.Notes);
        Assert.StartsWith("/webhooks/", note.Path, StringComparison.Ordinal);
        Assert.Contains("give WatchBot the **Create Events** permission", note.Content, StringComparison.Ordinal);
        Assert.Equal(64, note.Json!["flags"]!.GetValue<int>());

        // Refused once: the second booking did not knock on Discord's door again.
        Assert.Equal(1, bot.Api.Calls.Count(c => c.Method == "POST" && c.Path.EndsWith("/scheduled-events", StringComparison.Ordinal) && c.Status == 403));
    }

    [Fact]
    public async Task AppPermissionsWithoutCreateEvents_NothingIsTried_AndTheNoteIsRememberedAcrossARestart()
    {
        await using var bot = await EventsUnderTest.StartAsync();
        bot.Grants.Saw(EventsUnderTest.Guild, DiscordPermissions.ViewChannel | DiscordPermissions.SendMessages);

        await bot.ShowAsync(Scheduled(Booked(id: "s1")));
        await bot.RestartAsync();
        bot.Grants.Saw(EventsUnderTest.Guild, DiscordPermissions.ViewChannel | DiscordPermissions.SendMessages);
        await bot.ShowAsync(Scheduled(Booked(inFuture: TimeSpan.FromHours(5), id: "s2")));

        Assert.Equal(0, bot.Calls("POST", "/scheduled-events"));
        var note = Assert.Single(bot.Notes);

        // No interaction at hand: said in the channel, pinging nobody.
        Assert.Equal($"/channels/{EventsUnderTest.ChannelId}/messages", note.Path);
        Assert.Equal("[]", note.Json!["allowed_mentions"]!["parse"]!.ToJsonString());
    }

    [Fact]
    public async Task GrantedLater_BookingsAreListedAgain()
    {
        await using var bot = await EventsUnderTest.StartAsync();
        bot.Grants.Saw(EventsUnderTest.Guild, DiscordPermissions.SendMessages);
        await bot.ShowAsync(Scheduled(Booked(id: "s1")));

        bot.Grants.Saw(EventsUnderTest.Guild, DiscordPermissions.SendMessages | DiscordPermissions.CreateEvents);
        await bot.ShowAsync(Scheduled(Booked(inFuture: TimeSpan.FromHours(5), id: "s2")));

        Assert.Single(bot.Events);
        Assert.NotNull(bot.Links[DiscordPlatform.Name, "event:session:s2"]);
    }

    [Fact]
    public async Task HundredEvents_ToldOnce_AndNothingElseBreaks()
    {
        await using var bot = await EventsUnderTest.StartAsync();
        bot.Api.EventLimit = 1;
        bot.Api.SeedScheduledEvent(EventsUnderTest.Guild, Someone("Book club"));
        bot.Interaction("token-a");

        await bot.ShowAsync(Scheduled(Booked(id: "s1")));
        await bot.ShowAsync(Scheduled(Booked(inFuture: TimeSpan.FromHours(5), id: "s2")));

        Assert.Single(bot.Events);
        Assert.Equal(2, bot.Api.Calls.Count(c => c.Method == "POST" && c.Path.EndsWith("/scheduled-events", StringComparison.Ordinal) && c.Status == 400));
        var note = Assert.Single(bot.Notes);
        Assert.Contains("maximum of 100 upcoming events", note.Content, StringComparison.Ordinal);
        Assert.Equal(2, bot.Api.Calls.Count(c => c.Method == "POST" && c.Path == $"/channels/{EventsUnderTest.ChannelId}/messages"));
    }

    private static JsonObject Someone(string name) => new()
    {
        ["name"] = name,
        ["privacy_level"] = 2,
        ["entity_type"] = 3,
        ["entity_metadata"] = new JsonObject { ["location"] = "The library" },
        ["scheduled_start_time"] = "2026-12-01T18:00:00+00:00",
        ["scheduled_end_time"] = "2026-12-01T20:00:00+00:00",
    };
}
