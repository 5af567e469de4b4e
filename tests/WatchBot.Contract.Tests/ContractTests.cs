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
    public static TheoryData<string> Scenarios() => [.. Script.All.Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task Scenario_ShowsTheSameViewsOnEveryPlatform_EachInItsOwnSyntax(string scenario)
    {
        var shell = await ContractRun.OnAsync(new ShellContractPlatform(), scenario, output);
        var discord = await ContractRun.OnAsync(new DiscordContractPlatform(), scenario, output);
        var slack = await ContractRun.OnAsync(new SlackContractPlatform(), scenario, output);

        ContractAssert.AssertDelivered(shell);
        ContractAssert.AssertDelivered(discord);
        ContractAssert.AssertDelivered(slack);
        ContractAssert.AssertSameViews(shell, discord);
        ContractAssert.AssertSameViews(shell, slack);
    }
}
