using System.Text.Json.Nodes;
using WatchBot.Contract.Tests.Discord;
using WatchBot.Contract.Tests.Framework;
using WatchBot.Contract.Tests.Scenarios;
using WatchBot.Contract.Tests.Shell;
using WatchBot.Contract.Tests.Slack;
using Xunit.Abstractions;

namespace WatchBot.Contract.Tests;

/// <summary>
/// Spot checks of each platform's own syntax in what the whole session delivered: how the GO instant
/// (2026-11-22 20:00:10 UTC, Unix 1795377610) is written, and the hostile title defused; on SQLite
/// files and on PostgreSQL alike.
/// </summary>
public sealed class SyntaxTests(ITestOutputHelper output)
{
    private const long GoUnix = 1795377610;

    [Theory]
    [MemberData(nameof(ContractStorages.Providers), MemberType = typeof(ContractStorages))]
    public async Task Shell_ShowsLocalTimes_AndACleanQuotedTitle(string provider)
    {
        await using var storage = ContractStorage.For(provider);
        var run = await ContractRun.OnAsync(new ShellContractPlatform(storage: storage), Script.WholeSession.Name, output);
        await storage.AssertKeptAsync();
        var lines = run.Received.Select(d => d.Text).ToList();

        Assert.StartsWith("[20:00:00] ⏳ \"", lines[0], StringComparison.Ordinal);
        Assert.EndsWith("starts in 10s — press play at 20:00:10.", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("[20:00:10] ▶ GO! \"", lines[1], StringComparison.Ordinal);
        Assert.All(lines, l => Assert.DoesNotContain('\u001b', l));
        Assert.All(lines, l => Assert.DoesNotMatch(@"\d{10}", l));
    }

    [Theory]
    [MemberData(nameof(ContractStorages.Providers), MemberType = typeof(ContractStorages))]
    public async Task Discord_WritesDiscordTimestamps_AndEscapesTheTitle(string provider)
    {
        await using var storage = ContractStorage.For(provider);
        var run = await ContractRun.OnAsync(new DiscordContractPlatform(storage: storage), Script.WholeSession.Name, output);
        await storage.AssertKeptAsync();
        var messages = run.Received.Select(d => JsonNode.Parse(d.Text)!).ToList();
        var card = messages[0]["content"]!.GetValue<string>();

        Assert.Contains($"press play at <t:{GoUnix}:T>", card, StringComparison.Ordinal);
        Assert.Contains($"starts <t:{GoUnix}:R>", card, StringComparison.Ordinal);
        Assert.Contains("@\u200Beveryone \\<!here\\> \\<@\u200B1\\> \\*The\\* \\_Matrix\\_ \\<t:1:R\\>", card, StringComparison.Ordinal);
        Assert.All(messages, m => Assert.Empty(m["allowed_mentions"]!["parse"]!.AsArray()));
        Assert.All(messages, m => Assert.DoesNotContain('\u001b', m["content"]!.GetValue<string>()));
    }

    [Theory]
    [MemberData(nameof(ContractStorages.Providers), MemberType = typeof(ContractStorages))]
    public async Task Slack_WritesSlackDates_AndEscapesTheTitle(string provider)
    {
        await using var storage = ContractStorage.For(provider);
        var run = await ContractRun.OnAsync(new SlackContractPlatform(storage: storage), Script.WholeSession.Name, output);
        await storage.AssertKeptAsync();
        var texts = run.Received.Select(d => JsonNode.Parse(d.Text)!["text"]!.GetValue<string>()).ToList();

        Assert.Contains($"press play at <!date^{GoUnix}^{{time_secs}}|2026-11-22 20:00:10 UTC>", texts[0], StringComparison.Ordinal);
        Assert.Contains("&lt;!here&gt;", texts[0], StringComparison.Ordinal);
        Assert.All(texts, t => Assert.DoesNotContain("<!here>", t, StringComparison.Ordinal));
        Assert.All(texts, t => Assert.DoesNotContain("<@1>", t, StringComparison.Ordinal));
        Assert.All(texts, t => Assert.DoesNotContain('\u001b', t));
    }

    [Theory]
    [MemberData(nameof(ContractStorages.Providers), MemberType = typeof(ContractStorages))]
    public async Task LateStart_IsAnnouncedOnce_AsStartedAgo_OnEveryPlatform(string provider)
    {
        await using var storages = new ContractStorages(provider);
        IContractPlatform[] platforms =
        [
            new ShellContractPlatform(storage: storages.Next()),
            new DiscordContractPlatform(storage: storages.Next()),
            new SlackContractPlatform(storage: storages.Next()),
        ];
        foreach (var platform in platforms)
        {
            var run = await ContractRun.OnAsync(platform, Script.LateStartAfterRestart.Name, output);

            var late = Assert.Single(run.Received, d => d.Text.Contains("started 4m ago", StringComparison.Ordinal));
            Assert.Equal(platform.Name == "shell" ? "line" : "post", late.Kind);
            Assert.DoesNotContain(run.Received, d => d.Text.Contains("GO!", StringComparison.Ordinal) && d.Kind != "schedule");
        }

        await storages.AssertKeptAsync();
    }
}
