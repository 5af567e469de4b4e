using WatchBot.Contract.Tests.Scenarios;
using Xunit.Abstractions;

namespace WatchBot.Contract.Tests.Framework;

/// <summary>Runs a named scenario on a platform, disposes the platform, and writes the transcript to the test's output.</summary>
public static class ContractRun
{
    public static async Task<Transcript> OnAsync(IContractPlatform platform, string scenario, ITestOutputHelper output)
    {
        ArgumentNullException.ThrowIfNull(platform);
        ArgumentNullException.ThrowIfNull(output);
        await using (platform)
        {
            var run = await ContractRunner.RunAsync(platform, Script.All.Single(s => s.Name == scenario));
            Show(run, output);
            return run;
        }
    }

    // What a failure needs to be read: the engine's views, what arrived, what the sender was told.
    private static void Show(Transcript run, ITestOutputHelper output)
    {
        output.WriteLine($"== {run.Platform}: views");
        var number = 0;
        foreach (var view in ViewShape.Of(run.Views))
        {
            output.WriteLine($"[{++number}] {view.TrimEnd()}");
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
