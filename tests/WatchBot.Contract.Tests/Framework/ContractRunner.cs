using WatchBot.Contract.Tests.Scenarios;
using WatchBot.Core.Views;

namespace WatchBot.Contract.Tests.Framework;

/// <summary>
/// Acts a scenario out on one platform, beside the platform-free <see cref="ReferenceEngine"/>. After
/// each step it waits (on events) for the views the step must produce, then until the platform has
/// delivered its markup of them, so no later step can overtake an earlier delivery.
/// </summary>
public static class ContractRunner
{
    public static async Task<Transcript> RunAsync(IContractPlatform platform, ContractScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(platform);
        ArgumentNullException.ThrowIfNull(scenario);
        var reference = new ReferenceEngine();
        var expected = new List<Delivery>();
        var replies = new List<(Reply?, string, string)>();
        var seen = 0;

        // Batched lines (reactions) go out when the platform's batch window has passed on the test
        // clock, so a step waits for what earlier steps produced and for its own unbatched deliveries.
        var due = 0;
        var batched = new List<Delivery>();
        await platform.StartAsync();
        foreach (var step in scenario.Steps)
        {
            switch (step)
            {
                case ContractStep.Say say:
                    var received = await platform.SendAsync(say.User, say.Line);
                    var reply = await reference.SendAsync(say.User, say.Line);
                    replies.Add((reply, reply is null ? platform.NoAnswer(say.Line) : platform.Draw(reply), received));
                    break;
                case ContractStep.Wait wait:
                    platform.Clock.Advance(wait.By);
                    reference.Advance(wait.By);
                    break;
                case ContractStep.Restart restart:
                    await platform.StopAsync();
                    platform.Clock.Advance(restart.Down);
                    await platform.StartAsync();
                    await reference.RestartAsync(restart.Down);
                    break;
            }

            await platform.Views.WaitForAsync(step.ViewsAfter);
            var views = platform.Views.Views;
            foreach (var view in views.Skip(seen))
            {
                var drawn = platform.Draw(view);
                expected.AddRange(drawn.Where(d => !d.Batched));
                batched.AddRange(drawn.Where(d => d.Batched));
            }

            seen = views.Count;
            await platform.WaitForAsync([.. expected, .. batched.Take(due)]);
            due = batched.Count;
        }

        await platform.WaitForAsync([.. expected, .. batched]);
        return new Transcript(platform.Name, platform.Views.Views, [.. expected, .. batched], platform.Received(), replies, reference.Views);
    }
}
