using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WatchBot.Discord.Publishing;
using WatchBot.Discord.Tests.Support;
using WatchBot.Emulators.Discord;

namespace WatchBot.Discord.Tests.Events;

/// <summary>
/// The real host on HTTP interactions with the Discord emulator: <c>/watch schedule</c> lists the
/// booking in the Events tab when the interaction's <c>app_permissions</c> carry Create Events, and
/// without it books just the same and tells the host once.
/// </summary>
public sealed class EventsEndToEndTests
{
    private const string WithCreateEvents = "17592186063872";
    private const string WithoutCreateEvents = "19456";

    [Fact]
    public async Task Schedule_ListsTheBookingInTheEventsTab()
    {
        await using var bot = await DiscordHttpHarness.StartAsync();

        var (status, _) = await bot.SendAsync(Schedule("Alien", WithCreateEvents));
        var created = await bot.WaitForCallAsync(c => c.Method == "POST" && c.Path.EndsWith("/scheduled-events", StringComparison.Ordinal));

        Assert.Equal(200, status);
        Assert.Equal(200, created.Status);
        Assert.Equal("Alien", created.Json!["name"]!.GetValue<string>());
        Assert.Equal($"<#{DiscordInteractions.ChannelId}>", created.Json["entity_metadata"]!["location"]!.GetValue<string>());
        Assert.Single(bot.Api.ScheduledEvents(DiscordInteractions.GuildId));
    }

    [Fact]
    public async Task WithoutCreateEvents_BookingsWork_AndTheHostIsToldOnce()
    {
        await using var bot = await DiscordHttpHarness.StartAsync();

        await bot.SendAsync(Schedule("Alien", WithoutCreateEvents, "in 2h"));
        await bot.SendAsync(Schedule("Aliens", WithoutCreateEvents, "in 5h"));
        await Within.AsyncUntil(() => bot.Api.Calls.Count(c => c.IsMessageWrite && c.Method == "POST"), n => n == 2);
        await bot.Host.Services.GetRequiredService<DiscordChannelPublisher>().Kit.WaitIdleAsync(CancellationToken.None);

        Assert.DoesNotContain(bot.Api.Calls, c => c.Path.Contains("/scheduled-events", StringComparison.Ordinal) && c.Method != "GET");
        var note = Assert.Single(bot.Api.Calls, c => c.Content.Contains("Create Events", StringComparison.Ordinal));
        Assert.StartsWith("/webhooks/", note.Path, StringComparison.Ordinal);
        Assert.Empty(bot.Api.ScheduledEvents(DiscordInteractions.GuildId));
    }

    private static JsonObject Schedule(string title, string appPermissions, string at = "in 2h")
    {
        var interaction = DiscordInteractions.Watch("schedule", new Dictionary<string, string> { ["title"] = title, ["at"] = at });
        interaction["app_permissions"] = appPermissions;
        return interaction;
    }
}
