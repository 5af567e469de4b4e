using WatchBot.Contract.Tests.Discord;
using WatchBot.Contract.Tests.Framework;
using WatchBot.Contract.Tests.Scenarios;
using WatchBot.Contract.Tests.Shell;
using WatchBot.Contract.Tests.Slack;
using Xunit.Abstractions;

namespace WatchBot.Contract.Tests;

/// <summary>
/// Every scenario on every platform: the engine must show the same sequence of views everywhere, and
/// each platform must deliver exactly its own markup of each view and of each answer to the sender.
/// </summary>
public sealed class ContractTests(ITestOutputHelper output)
{
    /// <summary>Every scenario on each storage provider: SQLite files, and PostgreSQL (sessions and clustered Quartz in one database).</summary>
    public static TheoryData<string, string> Scenarios()
    {
        var data = new TheoryData<string, string>();
        foreach (var provider in (string[])["sqlite", "postgres"])
        {
            foreach (var scenario in Script.All)
            {
                data.Add(scenario.Name, provider);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public Task Scenario_ShowsTheSameViewsOnEveryPlatform_EachInItsOwnSyntax(string scenario, string provider) =>
        EverywhereAsync(scenario, provider);

    private async Task EverywhereAsync(string scenario, string provider)
    {
        var shell = await OnAsync(storage => new ShellContractPlatform(storage: storage), scenario, provider);
        var discord = await OnAsync(storage => new DiscordContractPlatform(storage: storage), scenario, provider);
        var slack = await OnAsync(storage => new SlackContractPlatform(storage: storage), scenario, provider);

        ContractAssert.AssertDelivered(shell);
        ContractAssert.AssertDelivered(discord);
        ContractAssert.AssertDelivered(slack);
        ContractAssert.AssertSameViews(shell, discord);
        ContractAssert.AssertSameViews(shell, slack);
    }

    // Each platform run on storage of its own; on PostgreSQL a fresh database, which must then hold
    // the run's session and the clustered scheduler's check-in.
    private async Task<Transcript> OnAsync(Func<ContractStorage, IContractPlatform> platform, string scenario, string provider)
    {
        await using var storage = ContractStorage.For(provider);
        var run = await ContractRun.OnAsync(platform(storage), scenario, output);
        await storage.AssertKeptAsync();
        return run;
    }
}
