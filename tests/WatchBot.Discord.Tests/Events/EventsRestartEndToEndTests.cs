using WatchBot.Discord.Tests.Events.Support;
using WatchBot.Discord.Tests.Support;
using WatchBot.Emulators.Discord;

namespace WatchBot.Discord.Tests.Events;

/// <summary>The real host restarted between a booking and its start: the start moves the same event, and no second one appears.</summary>
public sealed class EventsRestartEndToEndTests
{
    [Fact]
    public async Task ARestartBetweenBookingAndStart_KeepsOneEvent_WhichGoesActive()
    {
        await using var bot = await EventsHost.StartAsync();
        bot.Api.AutoStatus = false;
        var booking = DiscordInteractions.Watch("schedule", new Dictionary<string, string> { ["title"] = "Alien", ["at"] = "in 2h" });
        booking["app_permissions"] = DiscordPermissions.Invite.ToString(System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(200, await bot.SendAsync(booking));
        await Within.AsyncUntil(() => bot.Api.ScheduledEvents(DiscordInteractions.GuildId).Count, n => n == 1);
        await bot.RestartAsync();
        bot.Clock.Advance(TimeSpan.FromHours(2) + TimeSpan.FromSeconds(1));

        var events = await Within.AsyncUntil(() => bot.Api.ScheduledEvents(DiscordInteractions.GuildId), e => e.Count != 1 || e[0]["status"]!.GetValue<int>() == 2);
        Assert.Equal(2, Assert.Single(events)["status"]!.GetValue<int>());
        Assert.Single(bot.Api.Calls, c => c.Method == "POST" && c.Path.EndsWith("/scheduled-events", StringComparison.Ordinal));
    }
}
