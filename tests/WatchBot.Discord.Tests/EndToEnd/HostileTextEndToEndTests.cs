using System.Globalization;
using System.Text.Json.Nodes;
using CsCheck;
using WatchBot.Discord.Rendering;
using WatchBot.Discord.Tests.Support;
using WatchBot.Emulators.Discord;
using WatchBot.Testing.Hostile;

namespace WatchBot.Discord.Tests.EndToEnd;

/// <summary>
/// Hostile text (seeded cases) as titles, member names, notes, emoji, positions, durations,
/// sub-command and option names, driven through the real host on the HTTP transport into every
/// outbound path: the session message (create, edits), GO, reactions, pause, recap, the interaction
/// answers (inline and deferred), error answers that echo an option. Every body the REST emulator
/// recorded, and every interaction answer, must carry <c>allowed_mentions</c> with nothing allowed and
/// content with no live mention, link or invisible character of the user's.
/// </summary>
public sealed class HostileTextEndToEndTests
{
    private const int Cases = 8;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task EveryOutboundBody_FromEveryPath_IsInert()
    {
        await using var bot = await DiscordHttpHarness.StartAsync();
        bot.Api.BucketLimit = 1000;
        var cases = HostileText.Cases(Gen.Select(HostileText.Title, HostileText.Any, HostileText.Any), Cases);

        var answers = await Task.WhenAll(cases.Select((c, i) => DriveAsync(bot, i, c.Item1, c.Item2, c.Item3)));

        var calls = bot.Api.Calls;
        var bodies = answers.SelectMany(a => a.Select(b => ("interaction answer", b)))
            .Concat(calls.Where(c => c.Body.Length > 0).Select(c => ($"{c.Method} {c.Path}", c.Json)));
        foreach (var (where, body) in bodies)
        {
            var problems = OutboundText.DiscordBodyProblems(body);
            Assert.True(problems.Count == 0, $"{where} \"{HostileText.Show(body?.ToJsonString() ?? "")}\": {string.Join("; ", problems)}");
        }

        // The paths were really taken: each title reached its GO.
        foreach (var (title, index) in cases.Select((c, i) => (c.Item1, i)))
        {
            var shown = DiscordText.Escape(title);
            Assert.Contains(calls, c => c.Path == $"/channels/{Channel(index)}/messages" && c.Content.Contains("GO!", StringComparison.Ordinal) && c.Content.Contains(shown, StringComparison.Ordinal));
        }
    }

    private static string Channel(int index) => string.Create(CultureInfo.InvariantCulture, $"10000000000000009{index:00}");

    /// <summary>One case in its own channel; returns the interaction answers.</summary>
    private static async Task<List<JsonNode?>> DriveAsync(DiscordHttpHarness bot, int index, string title, string name, string typed)
    {
        var channel = Channel(index);
        var user = string.Create(CultureInfo.InvariantCulture, $"20000000000000009{index:00}");
        var answers = new List<JsonNode?>();
        async Task Send(JsonObject interaction)
        {
            var (status, answer) = await bot.SendAsync(interaction);
            Assert.Equal(200, status);
            answers.Add(answer);
        }

        Task Watch(string sub, params (string Name, string Value)[] options) =>
            Send(DiscordInteractions.Watch(sub, options.ToDictionary(o => o.Name, o => o.Value), user, name, channelId: channel));

        Task Click(string customId) => Send(DiscordInteractions.Click(customId, user, name, channelId: channel));

        await Watch("start", ("title", title), ("in", "1s"));
        var calls = await Within.AsyncUntil(() => bot.Api.Calls, c => c.Any(x => IsPost(x, channel) && x.Content.Contains("GO!", StringComparison.Ordinal)), Patience);
        var pause = calls.Where(c => c.Path.StartsWith($"/channels/{channel}/", StringComparison.Ordinal) && c.Body.Length > 0)
            .SelectMany(CustomIds).Last(id => id.StartsWith("watch:pause:", StringComparison.Ordinal));
        await Watch("react", ("emoji", "🔥"), ("note", typed));
        await Watch("react", ("emoji", typed));
        await Watch("seek", ("to", typed));
        await Watch(typed);
        await Watch("seek", (typed, "1:00"));
        await Watch("start", ("title", typed));
        await Click(pause);
        await Watch("resume", ("in", typed));
        await Watch("status");
        await Watch("end");
        await Watch("schedule", ("title", title), ("at", "in 2h"));
        await Watch("schedule", ("title", title), ("at", typed));
        calls = await Within.AsyncUntil(() => bot.Api.Calls, c => c.Any(x => IsPost(x, channel) && x.Content.Contains("📅", StringComparison.Ordinal)), Patience);
        var scheduled = calls.Last(x => IsPost(x, channel) && x.Content.Contains("📅", StringComparison.Ordinal));
        await Click(CustomIds(scheduled).First(id => id.StartsWith("watch:ready:", StringComparison.Ordinal)));
        await Watch("status");
        await Watch("end");

        // The ready click edits the scheduled session's message; once that edit is out, so is all before it.
        await Within.AsyncUntil(
            () => bot.Api.Calls,
            c => c.SkipWhile(x => x != scheduled).Any(x => x.Method == "PATCH" && x.Path.StartsWith($"/channels/{channel}/", StringComparison.Ordinal)),
            Patience);
        return answers;
    }

    private static bool IsPost(DiscordApiCall call, string channel) =>
        call.Method == "POST" && call.Path == $"/channels/{channel}/messages";

    private static List<string> CustomIds(DiscordApiCall call) =>
        [.. ((call.Json as JsonObject)?["components"] as JsonArray ?? [])
            .SelectMany(r => r!["components"]!.AsArray())
            .Select(b => b!["custom_id"]!.GetValue<string>())];
}
