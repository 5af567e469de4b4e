using System.Text.Json.Nodes;
using WatchBot.Discord.Tests.Events.Support;
using WatchBot.Discord.Tests.Support;
using WatchBot.Emulators.Discord;

namespace WatchBot.Discord.Tests.Polls;

/// <summary>
/// A movie poll through Discord's command groups (<c>/watch poll open|nominate|vote|close</c>), on the
/// real host with the emulator: one poll message edited in place, and the winner becomes the title of
/// the booking's card and of its Discord event.
/// </summary>
public sealed class PollEndToEndTests
{
    private const string Bob = "2000000000000000002";
    private const string Carol = "2000000000000000003";

    [Fact]
    public async Task APoll_ThroughTheGroup_EditsOneMessage_AndItsWinnerRenamesTheCardAndTheEvent()
    {
        await using var bot = await EventsHost.StartAsync();
        bot.Api.AutoStatus = false;
        var booking = DiscordInteractions.Watch("schedule", new Dictionary<string, string> { ["title"] = "Movie night", ["at"] = "in 3h" });
        booking["app_permissions"] = DiscordPermissions.Invite.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(200, await bot.SendAsync(booking));
        await Within.AsyncUntil(() => bot.Api.ScheduledEvents(DiscordInteractions.GuildId).Count, n => n == 1);

        Assert.Equal(200, await bot.SendAsync(Poll("open", [("closes", "in 1h")])));
        var card = await Within.AsyncUntil(() => bot.Api.Calls.FirstOrDefault(c => c.IsMessageWrite && c.Method == "POST" && c.Body.Contains("Movie poll", StringComparison.Ordinal)), c => c is not null);
        Assert.Equal(200, await bot.SendAsync(Poll("nominate", [("title", "Heat")], Bob, "bob")));
        Assert.Equal(200, await bot.SendAsync(Poll("nominate", [("title", "Ronin")], Carol, "carol")));
        Assert.Equal(200, await bot.SendAsync(Poll("vote", [("n", "2")], Bob, "bob")));
        await Within.AsyncUntil(() => bot.Api.Calls.Any(c => c.Method == "PATCH" && c.Body.Contains("Ronin", StringComparison.Ordinal) && c.Body.Contains("1 vote", StringComparison.Ordinal)), b => b);
        Assert.Equal(200, await bot.SendAsync(Poll("close", [])));

        var events = await Within.AsyncUntil(() => bot.Api.ScheduledEvents(DiscordInteractions.GuildId), e => e.Count == 1 && e[0]["name"]!.GetValue<string>() == "Ronin");
        Assert.Equal("Ronin", events[0]["name"]!.GetValue<string>());
        await Within.AsyncUntil(() => bot.Api.Calls.Any(c => c.IsMessageWrite && c.Body.Contains("won with 1 vote", StringComparison.Ordinal)), b => b);

        // One poll message: posted once, then edited in place (every edit at one message's path).
        await Within.AsyncUntil(() => bot.Api.Calls.Any(c => c.Method == "PATCH" && c.Body.Contains("Voting is over", StringComparison.Ordinal)), b => b);
        Assert.Single(bot.Api.Calls, c => c.Method == "POST" && c.Body.Contains("Movie poll for", StringComparison.Ordinal));
        var edits = bot.Api.Calls.Where(c => c.Method == "PATCH" && c.Body.Contains("Movie poll for", StringComparison.Ordinal)).ToList();
        Assert.True(edits.Count >= 2);
        Assert.Single(edits.Select(c => c.Path).Distinct());
        Assert.StartsWith(card!.Path + "/", edits[0].Path, StringComparison.Ordinal);
        Assert.All(bot.Api.Calls.Where(c => c.IsMessageWrite), c => Assert.NotNull(JsonNode.Parse(c.Body)!["allowed_mentions"]));
    }

    [Fact]
    public async Task ABookingRescheduled_MovesItsPollsDefaultClosingTime_InThePollMessage()
    {
        await using var bot = await EventsHost.StartAsync();
        bot.Api.AutoStatus = false;
        Assert.Equal(200, await bot.SendAsync(DiscordInteractions.Watch("schedule", new Dictionary<string, string> { ["title"] = "Movie night", ["at"] = "in 3h" })));
        Assert.Equal(200, await bot.SendAsync(Poll("open", [])));
        var card = await Within.AsyncUntil(() => bot.Api.Calls.FirstOrDefault(c => c.IsMessageWrite && c.Method == "POST" && c.Body.Contains("Movie poll for", StringComparison.Ordinal)), c => c is not null);
        var closes = ClosingStamp(card!.Body);

        Assert.Equal(200, await bot.SendAsync(Grouped("booking", "reschedule", [("at", "in 5h")])));

        // The same message, edited: voting now closes two hours later (an hour before the new start).
        var moved = $"t:{closes + 7200}:R";
        var edit = await Within.AsyncUntil(() => bot.Api.Calls.FirstOrDefault(c => c.Method == "PATCH" && c.Body.Contains(moved, StringComparison.Ordinal)), c => c is not null);
        Assert.StartsWith(card.Path + "/", edit!.Path, StringComparison.Ordinal);
        Assert.NotNull(JsonNode.Parse(edit.Body)!["allowed_mentions"]);
    }

    /// <summary>The Unix second of the first relative timestamp (<c>t:…:R</c>, whatever escapes the angle brackets) in a message body: when voting closes.</summary>
    private static long ClosingStamp(string body)
    {
        var match = System.Text.RegularExpressions.Regex.Match(body, "t:([0-9]+):R");
        Assert.True(match.Success, "the poll message should say when voting closes");
        return long.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>As Discord sends <c>/watch poll &lt;verb&gt; name:value…</c>: a group (2) holding a sub-command (1).</summary>
    private static JsonObject Poll(string verb, (string Name, string Value)[] options, string userId = "2000000000000000001", string name = "alice") =>
        Grouped("poll", verb, options, userId, name);

    private static JsonObject Grouped(string group, string verb, (string Name, string Value)[] options, string userId = "2000000000000000001", string name = "alice")
    {
        var interaction = DiscordInteractions.Watch(verb, options.ToDictionary(o => o.Name, o => o.Value), userId, name);
        var data = interaction["data"]!.AsObject();
        var leaf = data["options"]!.AsArray()[0]!.DeepClone();
        data["options"] = new JsonArray(new JsonObject { ["type"] = 2, ["name"] = group, ["options"] = new JsonArray(leaf) });
        return interaction;
    }
}
