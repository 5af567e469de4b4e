using WatchBot.Contract.Tests.Discord;
using WatchBot.Contract.Tests.Framework;
using WatchBot.Contract.Tests.Scenarios;
using WatchBot.Contract.Tests.Shell;
using WatchBot.Contract.Tests.Slack;
using Xunit.Abstractions;

namespace WatchBot.Contract.Tests;

/// <summary>
/// Every scenario on every platform: the engine must show the same views everywhere, and each
/// platform must deliver exactly its own markup of each view and of each answer to the sender.
/// </summary>
public sealed class ContractTests(ITestOutputHelper output)
{
    public static TheoryData<string> Scenarios() => [.. Script.All.Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task Shell_DeliversItsMarkupOfEveryView(string scenario) =>
        ContractAssert.AssertDelivered(await RunAsync(new ShellContractPlatform(), scenario));

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task Discord_DeliversItsMarkupOfEveryView(string scenario) =>
        ContractAssert.AssertDelivered(await RunAsync(new DiscordContractPlatform(), scenario));

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task Slack_DeliversItsMarkupOfEveryView(string scenario) =>
        ContractAssert.AssertDelivered(await RunAsync(new SlackContractPlatform(), scenario));

    private async Task<Transcript> RunAsync(IContractPlatform platform, string scenario)
    {
        await using (platform)
        {
            var run = await ContractRunner.RunAsync(platform, Script.All.Single(s => s.Name == scenario));
            Show(run);
            return run;
        }
    }

    // What a failure needs to be read: the engine's views, what arrived, what the sender was told.
    private void Show(Transcript run)
    {
        output.WriteLine($"== {run.Platform}: views");
        foreach (var view in ViewShape.Of(run.Views))
        {
            output.WriteLine(view);
        }

        output.WriteLine($"== {run.Platform}: received");
        foreach (var delivery in run.Received)
        {
            output.WriteLine(delivery.ToString());
        }

        output.WriteLine($"== {run.Platform}: answers");
        foreach (var reply in run.Replies)
        {
            output.WriteLine(reply.Received);
        }
    }
}
