using System.Text.Json.Nodes;
using WatchBot.Core.Features.Sessions.Views;
using WatchBot.Core.Views;
using WatchBot.Discord.Events;
using WatchBot.Discord.Tests.Events.Support;
using static WatchBot.Discord.Tests.Events.Support.Bookings;

namespace WatchBot.Discord.Tests.Events;

/// <summary>
/// A weekly movie night is one recurring event, its rule shaped like Discord's own examples
/// (fixture <c>discord_guild_scheduled_event_recurrence_rule_doc_examples.txt</c>), which the next
/// occurrence takes over once Discord has moved it on.
/// </summary>
public sealed class DiscordEventRecurrenceTests
{
    // Wednesday 2026-11-25 20:00 UTC (21:00 in Paris): three days after the test clock's Sunday.
    private static readonly TimeSpan ToWednesday = TimeSpan.FromDays(3);

    [Theory]
    [InlineData(1, "Every Wednesday")]
    [InlineData(2, "Every other Wednesday")]
    public async Task WeeklySeries_CarriesTheRuleOfDiscordsExample(int weeks, string example)
    {
        await using var bot = await EventsUnderTest.StartAsync();
        var session = Booked("Friday Film Club", ToWednesday);

        await bot.ShowAsync(new ChannelView { Listing = SessionListing.Of(session, new ListingRepeat(weeks, DayOfWeek.Wednesday)) });

        var rule = bot.Event("session:s1")["recurrence_rule"]!.AsObject();
        var expected = RecurrenceExamples.Read()[example];
        foreach (var (field, value) in expected)
        {
            Assert.True(JsonNode.DeepEquals(value, rule[field]), $"{field}: {rule[field]?.ToJsonString()} is not {value?.ToJsonString()}");
        }

        Assert.Equal(bot.Event("session:s1")["scheduled_start_time"]!.GetValue<string>(), rule["start"]!.GetValue<string>());
        Assert.Null(rule["end"]);
        Assert.Null(rule["count"]);
    }

    [Theory]
    [InlineData(DayOfWeek.Monday, 0)]
    [InlineData(DayOfWeek.Tuesday, 1)]
    [InlineData(DayOfWeek.Wednesday, 2)]
    [InlineData(DayOfWeek.Thursday, 3)]
    [InlineData(DayOfWeek.Friday, 4)]
    [InlineData(DayOfWeek.Saturday, 5)]
    [InlineData(DayOfWeek.Sunday, 6)]
    public void Weekdays_AreNumberedFromMonday(DayOfWeek day, int discord) => Assert.Equal(discord, DiscordRecurrence.Weekday(day));

    [Fact]
    public async Task TheNextOccurrence_TakesOverTheSeriesEvent_WhenDiscordMovedItOn()
    {
        await using var bot = await EventsUnderTest.StartAsync();
        var weekly = new ListingRepeat(1, DayOfWeek.Wednesday);
        var first = Booked("Film Club", ToWednesday, TimeSpan.FromMinutes(100), id: "w1");
        await bot.ShowAsync(new ChannelView { Listing = SessionListing.Of(first, weekly) });

        // The next occurrence is booked while the first is still ahead: it must not make a second series.
        var second = Booked("Film Club", ToWednesday + TimeSpan.FromDays(7), TimeSpan.FromMinutes(100), id: "w2");
        await bot.ShowAsync(new ChannelView { Listing = SessionListing.Of(second, weekly) });
        Assert.Single(bot.Events);
        Assert.Equal(first.ScheduledFor, Start(bot.Event("session:w1")));

        // The first ends (Discord completes it at its end and rolls it to the next Wednesday).
        bot.Time.SetUtcNow(first.ScheduledFor!.Value.AddMinutes(101));
        await bot.ShowAsync(Ended(first, Core.Features.Sessions.EndReason.ReachedEnd, bot.Time.GetUtcNow()));
        var second2 = second with { Title = "Film Club: Alien", Revision = 1 };
        await bot.ShowAsync(new ChannelView { Listing = SessionListing.Of(second2, weekly) });

        var e = Assert.Single(bot.Events);
        Assert.Equal(1, e["status"]!.GetValue<int>());
        Assert.Equal(second.ScheduledFor, Start(e));
        Assert.Equal("Film Club: Alien", e["name"]!.GetValue<string>());
        Assert.Equal(1, bot.Calls("POST", "/scheduled-events"));
    }

    private static DateTimeOffset Start(JsonObject e) =>
        DateTimeOffset.Parse(e["scheduled_start_time"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
}
