using WatchBot.Discord.Tests.Support;
using WatchBot.Emulators.Discord;
using WatchBot.Emulators.Fuzz;

namespace WatchBot.Discord.Tests.Fuzz;

/// <summary>
/// 10,000 validly signed, mutated interactions over real HTTP to <c>/discord/interactions</c>:
/// every answer is 2xx or 4xx, nothing is logged as an error, and the bot still answers a valid
/// <c>/watch status</c> afterwards. Seeded: a failure names the seed and case to replay.
/// </summary>
public sealed class HttpInteractionFuzzTests
{
    private const int Cases = 10_000;

    [Fact]
    public async Task MutatedSignedInteractions_NeverGet5xx_AndTheBotStillAnswers()
    {
        var logs = new LogCapture();
        await using var bot = await DiscordHttpHarness.StartAsync(InteractionFuzz.CaptureLogs(logs));
        var seeds = InteractionFuzz.Seeds();
        var tally = new int[2];

        await FuzzRun.RunAsync(InteractionFuzz.Cases(seeds.Count), FuzzRun.Seed(20261130), Cases, parallel: 8, async c =>
        {
            using var response = await bot.Sender.SendBytesAsync(InteractionFuzz.Bytes(seeds, c, invalidUtf8: true));
            var status = (int)response.StatusCode;
            Assert.True(status is >= 200 and < 500, $"HTTP {status}");
            Interlocked.Increment(ref tally[status < 300 ? 0 : 1]);
        }, c => InteractionFuzz.Describe(InteractionFuzz.Bytes(seeds, c, invalidUtf8: true)));

        // Both sides often: a fuzz that only ever hit one proves little.
        Assert.True(tally[0] >= 100 && tally[1] >= 100, $"accepted {tally[0]}, refused {tally[1]}");
        var (code, answer) = await bot.SendAsync(DiscordInteractions.Watch("status", channelId: InteractionFuzz.QuietChannel));
        Assert.Equal(200, code);
        Assert.Contains("No session is running here", DiscordHttpHarness.Content(answer), StringComparison.Ordinal);
        InteractionFuzz.AssertNoErrors(logs);
    }
}
