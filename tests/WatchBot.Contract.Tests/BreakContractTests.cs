using WatchBot.Contract.Tests.Discord;
using WatchBot.Contract.Tests.Framework;
using WatchBot.Contract.Tests.Scenarios;
using WatchBot.Contract.Tests.Shell;
using WatchBot.Contract.Tests.Slack;
using Xunit.Abstractions;

namespace WatchBot.Contract.Tests;

/// <summary>
/// Break requests end to end: the "asked for a break" line is the session card edited in place (no new
/// message per ask), and the host's approval posts the break and pauses. On SQLite files and on
/// PostgreSQL (a database per platform run), with the same assertions.
/// </summary>
public sealed class BreakContractTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(ContractStorages.Providers), MemberType = typeof(ContractStorages))]
    public async Task AsksEditTheCard_AndApprovalPausesWithOnePost_OnDiscordAndSlack(string provider)
    {
        await using var storages = new ContractStorages(provider);
        foreach (var platform in new IContractPlatform[] { new DiscordContractPlatform(storage: storages.Next()), new SlackContractPlatform(storage: storages.Next()) })
        {
            var run = await ContractRun.OnAsync(platform, Script.BreakApproved.Name, output);

            var asks = run.Received.Where(d => d.Text.Contains("asked for a break", StringComparison.Ordinal)).ToList();
            Assert.Equal(["edit", "edit"], asks.Select(d => d.Kind));
            Assert.Contains("2 people asked for a break", asks[^1].Text, StringComparison.Ordinal);
            var posts = run.Received.Where(d => d.Kind == "post" && d.Text.Contains("Break at", StringComparison.Ordinal)).ToList();
            Assert.Single(posts);
            Assert.Contains(run.Received, d => d.Kind == "edit" && d.Text.Contains("is paused at", StringComparison.Ordinal));
            Assert.Contains(run.Replies, r => r.Received.Contains("or a moderator can approve a break", StringComparison.Ordinal));
        }

        await storages.AssertKeptAsync();
    }

    [Theory]
    [MemberData(nameof(ContractStorages.Providers), MemberType = typeof(ContractStorages))]
    public async Task OnTheShell_TheAskAndTheBreakAreShown_AndTheRefusalIsPrivate(string provider)
    {
        await using var storage = ContractStorage.For(provider);
        var run = await ContractRun.OnAsync(new ShellContractPlatform(storage: storage), Script.BreakApproved.Name, output);
        await storage.AssertKeptAsync();

        // The terminal prints a changed card's headline and, indented, its new lines: the ask line is seen.
        Assert.Contains(run.Replies, r => r.Received.Contains("Asked for a break (one of 2)", StringComparison.Ordinal));
        Assert.Contains(run.Received, d => d.Text.EndsWith("]   ☕ 2 people asked for a break: bob, dave", StringComparison.Ordinal));
        Assert.Contains(run.Received, d => d.Text.Contains("Break at 0:01:", StringComparison.Ordinal) && d.Text.Contains("approved by alice", StringComparison.Ordinal));
        Assert.DoesNotContain(run.Received, d => d.Text.Contains("can approve a break", StringComparison.Ordinal));
        Assert.Contains(run.Replies, r => r.Received.Contains("can approve a break", StringComparison.Ordinal));
    }
}
