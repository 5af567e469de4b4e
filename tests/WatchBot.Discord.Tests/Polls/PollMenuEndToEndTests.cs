using System.Text.Json.Nodes;
using WatchBot.Discord.Tests.Events.Support;
using WatchBot.Discord.Tests.Support;
using WatchBot.Emulators.Discord;
using static WatchBot.Discord.Tests.Polls.PollInteractions;

namespace WatchBot.Discord.Tests.Polls;

/// <summary>
/// Voting in the poll message's select menu, on the real host with the emulator: the emulator checks
/// every component the bot sends as Discord would, keeps the menu, and picks from it as a person would
/// (a signed MESSAGE_COMPONENT interaction with <c>values</c>). A pick is the typed vote: answered to the
/// picker alone, the results edited in place, and the winner becomes the title.
/// </summary>
public sealed class PollMenuEndToEndTests
{
    private const string Bob = "2000000000000000002";
    private const string Carol = "2000000000000000003";

    [Fact]
    public async Task PickingInTheMenu_Votes_ChangesTheVote_EditsTheResultsInPlace_AndTheWinnerIsTheTitle()
    {
        await using var bot = await EventsHost.StartAsync();
        bot.Api.AutoStatus = false;
        var messageId = await OpenWithThreeTitlesAsync(bot);

        var menu = bot.Api.SelectMenu(messageId)!;
        Assert.Equal(["1. Heat", "2. Ronin", "3. Alien"], menu["options"]!.AsArray().Select(o => o!["label"]!.GetValue<string>()));

        var first = await bot.AskAsync(bot.Api.Choose(messageId, "2", Bob, "bob"));
        Assert.Equal(200, first.Status);
        Assert.Contains("You voted for number 2, **Ronin**", DiscordHttpHarness.Content(first.Answer), StringComparison.Ordinal);
        await Within.AsyncUntil(() => Label(bot, messageId, "2"), d => d == "1 vote · by bob");

        var changed = await bot.AskAsync(bot.Api.Choose(messageId, "3", Bob, "bob"));
        Assert.Contains("You changed your vote to number 3, **Alien**", DiscordHttpHarness.Content(changed.Answer), StringComparison.Ordinal);
        await Within.AsyncUntil(() => (Label(bot, messageId, "2"), Label(bot, messageId, "3")), d => d == ("0 votes · by bob", "1 vote · by carol"));
        Assert.Contains("3. **Alien** — 1 vote", bot.Api.MessageContent(messageId), StringComparison.Ordinal);

        await bot.AskAsync(bot.Api.Choose(messageId, "1", Carol, "carol"));
        await bot.AskAsync(bot.Api.Choose(messageId, "3", "2000000000000000004", "dave"));
        await Within.AsyncUntil(() => Label(bot, messageId, "3"), d => d == "2 votes · by carol");

        // Still one poll message, every edit at its path; every write carried allowed_mentions.
        Assert.Single(bot.Api.Calls, c => c.Method == "POST" && c.Body.Contains("Movie poll for", StringComparison.Ordinal));
        Assert.All(bot.Api.Calls.Where(c => c.IsMessageWrite), c => Assert.Empty(JsonNode.Parse(c.Body)!["allowed_mentions"]!["parse"]!.AsArray()));
        Assert.All(bot.Api.Calls.Where(c => c.IsMessageWrite), c => Assert.Equal(200, c.Status));

        Assert.Equal(200, await bot.SendAsync(Poll("close", [])));
        var events = await Within.AsyncUntil(() => bot.Api.ScheduledEvents(DiscordInteractions.GuildId), e => e.Count == 1 && e[0]["name"]!.GetValue<string>() == "Alien");
        Assert.Equal("Alien", events[0]["name"]!.GetValue<string>());

        // Closed: the menu is gone, and a pick from a client that still shows it changes nothing, politely.
        await Within.AsyncUntil(() => bot.Api.SelectMenu(messageId), m => m is null);
        var late = await bot.AskAsync(DiscordInteractions.Select(menu["custom_id"]!.GetValue<string>(), ["2"], Carol, "carol"));
        Assert.Equal(200, late.Status);
        Assert.Contains("no open movie poll", DiscordHttpHarness.Content(late.Answer), StringComparison.Ordinal);
        Assert.Contains("**Alien** — 2 votes", bot.Api.MessageContent(messageId), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AfterARestart_TheMenuOfThePostedMessage_StillVotes()
    {
        await using var bot = await EventsHost.StartAsync();
        bot.Api.AutoStatus = false;
        var messageId = await OpenWithThreeTitlesAsync(bot);

        await bot.RestartAsync();

        var answer = await bot.AskAsync(bot.Api.Choose(messageId, "1", Carol, "carol"));
        Assert.Contains("You voted for number 1, **Heat**", DiscordHttpHarness.Content(answer.Answer), StringComparison.Ordinal);
        await Within.AsyncUntil(() => Label(bot, messageId, "1"), d => d == "1 vote · by alice");
        Assert.Contains("1. **Heat** — 1 vote", bot.Api.MessageContent(messageId), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[]", "Nothing was picked")]
    [InlineData("[\"9\"]", "There is no number 9")]
    [InlineData("[\"abc\"]", "/watch vote needs n:")]
    [InlineData("[42]", "Nothing was picked")]
    public async Task ABadPick_GetsAPoliteAnswer_AndChangesNothing(string values, string expected)
    {
        await using var bot = await EventsHost.StartAsync();
        bot.Api.AutoStatus = false;
        var messageId = await OpenWithThreeTitlesAsync(bot);
        var pick = bot.Api.Choose(messageId, "1", Bob, "bob");
        pick["data"]!["values"] = JsonNode.Parse(values);
        var writes = bot.Api.Calls.Count(c => c.IsMessageWrite);

        var (status, answer) = await bot.AskAsync(pick);

        Assert.Equal(200, status);
        Assert.Contains(expected, DiscordHttpHarness.Content(answer), StringComparison.Ordinal);
        Assert.Equal(writes, bot.Api.Calls.Count(c => c.IsMessageWrite));
    }

    /// <summary>Books a night, opens its poll, has alice, bob and carol nominate; returns the poll message's id once its menu offers all three.</summary>
    private static async Task<string> OpenWithThreeTitlesAsync(EventsHost bot)
    {
        var booking = DiscordInteractions.Watch("schedule", new Dictionary<string, string> { ["title"] = "Movie night", ["at"] = "in 3h" });
        booking["app_permissions"] = DiscordPermissions.Invite.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(200, await bot.SendAsync(booking));
        Assert.Equal(200, await bot.SendAsync(Poll("open", [("closes", "in 1h")])));
        Assert.Equal(200, await bot.SendAsync(Poll("nominate", [("title", "Heat")])));
        Assert.Equal(200, await bot.SendAsync(Poll("nominate", [("title", "Ronin")], Bob, "bob")));
        Assert.Equal(200, await bot.SendAsync(Poll("nominate", [("title", "Alien")], Carol, "carol")));

        // The card may go out with all three already (a card still waiting is replaced by its newer state).
        var poll = await Within.AsyncUntil(() => bot.Api.MessagesContaining("Movie poll for"), ids => ids.Count == 1);
        var messageId = poll[0];
        await Within.AsyncUntil(() => bot.Api.SelectMenu(messageId)?["options"]?.AsArray().Count, n => n == 3);
        return messageId;
    }

    /// <summary>The description of the menu's option <paramref name="value"/> as last sent: its votes and nominator.</summary>
    private static string? Label(EventsHost bot, string messageId, string value) =>
        bot.Api.SelectMenu(messageId)?["options"]?.AsArray().FirstOrDefault(o => o!["value"]!.GetValue<string>() == value)?["description"]?.GetValue<string>();
}
