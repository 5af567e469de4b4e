using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using WatchBot.Discord.Tests.Support;
using WatchBot.Emulators.Discord;

namespace WatchBot.Discord.Tests.EndToEnd;

/// <summary>Reactions over the real HTTP transport: one emoji each, and not faster than the limit.</summary>
public sealed partial class ReactionLimitTests : IAsyncLifetime
{
    private DiscordHttpHarness _bot = null!;

    // A minute: every click below is too soon however slow the machine, so no test waits on timing.
    public async Task InitializeAsync() => _bot = await DiscordHttpHarness.StartAsync("--Sessions:ReactionInterval=00:01:00");

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task EightFireClicks_OneIsKeptAndShown_TheRestAreToldToSlowDown()
    {
        var fire = await StartAndFindButtonAsync("watch:react:4:");

        var answers = new List<string>();
        for (var i = 0; i < 8; i++)
        {
            answers.Add(DiscordHttpHarness.Content((await _bot.SendAsync(DiscordInteractions.Click(fire))).Answer));
        }

        Assert.StartsWith("Noted: 🔥 at", answers[0], StringComparison.Ordinal);
        Assert.All(answers.Skip(1), a => Assert.StartsWith("Slow down — one reaction every 1m each. You can react again in", a, StringComparison.Ordinal));

        // Kept: the recap counts what was stored. Shown: the batch the first reaction went into, which
        // every later one would have joined within the batch window, holds that one line.
        var batch = await _bot.WaitForCallAsync(c => c.IsMessageWrite && ReactionLine().IsMatch(c.Content));
        Assert.Equal(1, ReactionLine().Count(batch.Content));
        await _bot.SendAsync(DiscordInteractions.Watch("end"));
        var recap = await _bot.WaitForCallAsync(c => c.IsMessageWrite && c.Method == "POST" && c.Content.Contains("ended", StringComparison.Ordinal));
        Assert.Contains("1 reaction", recap.Content, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lol")]
    [InlineData("x")]
    [InlineData("wow")]
    [InlineData("😂😂")]
    public async Task WordsForAnEmoji_AreRefusedWithAnExample(string emoji)
    {
        await StartAndFindButtonAsync("watch:react:0:");

        var (status, answer) = await _bot.SendAsync(DiscordInteractions.Watch("react", new Dictionary<string, string> { ["emoji"] = emoji }));

        Assert.Equal(200, status);
        Assert.Contains("Sorry — emoji: takes exactly one emoji", DiscordHttpHarness.Content(answer), StringComparison.Ordinal);
        Assert.Contains("/watch react emoji:😂", DiscordHttpHarness.Content(answer), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AServerEmoji_IsKept()
    {
        await StartAndFindButtonAsync("watch:react:0:");

        var (_, answer) = await _bot.SendAsync(DiscordInteractions.Watch("react", new Dictionary<string, string> { ["emoji"] = "<:party:123456789012345678>" }));

        Assert.StartsWith("Noted: <:party:123456789012345678> at", DiscordHttpHarness.Content(answer), StringComparison.Ordinal);
    }

    private async Task<string> StartAndFindButtonAsync(string prefix)
    {
        await _bot.SendAsync(DiscordInteractions.Watch("start", new Dictionary<string, string> { ["in"] = "1s" }));
        var sessionMessage = await _bot.WaitForCallAsync(c => c.IsMessageWrite && c.Content.Contains("<t:", StringComparison.Ordinal));
        await _bot.WaitForCallAsync(c => c.Content.Contains("GO!", StringComparison.Ordinal));
        return (sessionMessage.Json!["components"] as JsonArray ?? [])
            .SelectMany(r => r!["components"]!.AsArray())
            .Select(b => b!["custom_id"]!.GetValue<string>())
            .First(id => id.StartsWith(prefix, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"🔥 at \d+:\d\d:\d\d — alice")]
    private static partial Regex ReactionLine();
}
