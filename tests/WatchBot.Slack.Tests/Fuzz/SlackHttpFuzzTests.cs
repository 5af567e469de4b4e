using System.Text;
using WatchBot.Emulators.Fuzz;
using WatchBot.Slack.Tests.Support;

namespace WatchBot.Slack.Tests.Fuzz;

/// <summary>
/// 10,000 validly signed, mutated requests per endpoint over real HTTP (<c>/slack/commands</c>,
/// <c>/slack/interactions</c>, <c>/slack/events</c>): every answer is 2xx or 4xx, nothing is logged
/// as an error, and the bot still answers a valid <c>/watch status</c>. Seeded: a failure names the
/// seed and case to replay (<c>WATCHBOT_FUZZ_SEED</c>).
/// </summary>
public sealed class SlackHttpFuzzTests
{
    private const string Form = "application/x-www-form-urlencoded";

    [Fact]
    public async Task MutatedCommands_NeverGet5xx_AndTheBotStillAnswers()
    {
        var logs = new LogCapture();
        var tally = new int[2];
        await using var bot = await SlackHttpHost.StartAsync(SlackFuzz.CaptureLogs(logs));
        var seeds = SlackFuzz.CommandSeeds(bot.Sender);

        await FuzzRun.RunAsync(SlackFuzz.FormCases(seeds.Count), FuzzRun.Seed(20261130), SlackFuzz.Cases, parallel: 8, async c =>
        {
            using var response = await bot.Sender.PostAsync("slack/commands", SlackFuzz.Command(seeds, c), Form);
            SlackFuzz.AssertAnswered(response, tally);
        }, c => SlackFuzz.Describe(SlackFuzz.Command(seeds, c)));

        SlackFuzz.AssertBothSidesExercised(tally);
        await SlackFuzz.AssertStillAnswersAsync(bot);
        SlackFuzz.AssertNoErrors(logs);
    }

    [Fact]
    public async Task MutatedInteractions_NeverGet5xx_AndTheBotStillAnswers()
    {
        var logs = new LogCapture();
        var tally = new int[2];
        await using var bot = await SlackHttpHost.StartAsync(SlackFuzz.CaptureLogs(logs));
        var seeds = SlackFuzz.InteractionSeeds(bot.Sender);

        await FuzzRun.RunAsync(SlackFuzz.JsonCases(seeds.Count), FuzzRun.Seed(20261131), SlackFuzz.Cases, parallel: 8, async c =>
        {
            using var response = await bot.Sender.PostAsync("slack/interactions", Body(seeds, c), Form);
            SlackFuzz.AssertAnswered(response, tally);
        }, c => SlackFuzz.Describe(Body(seeds, c)));

        SlackFuzz.AssertBothSidesExercised(tally);
        await SlackFuzz.AssertStillAnswersAsync(bot);
        SlackFuzz.AssertNoErrors(logs);
    }

    [Fact]
    public async Task MutatedEvents_NeverGet5xx_AndTheBotStillAnswers()
    {
        var logs = new LogCapture();
        var tally = new int[2];
        await using var bot = await SlackHttpHost.StartAsync(SlackFuzz.CaptureLogs(logs));
        var seeds = SlackFuzz.EventSeeds();

        await FuzzRun.RunAsync(SlackFuzz.JsonCases(seeds.Count), FuzzRun.Seed(20261132), SlackFuzz.Cases, parallel: 8, async c =>
        {
            using var response = await bot.Sender.PostAsync("slack/events", SlackFuzz.Json(seeds, c, invalidUtf8: true), "application/json");
            SlackFuzz.AssertAnswered(response, tally);
        }, c => SlackFuzz.Describe(SlackFuzz.Json(seeds, c, invalidUtf8: true)));

        SlackFuzz.AssertBothSidesExercised(tally);
        await SlackFuzz.AssertStillAnswersAsync(bot);
        SlackFuzz.AssertNoErrors(logs);
    }

    /// <summary>The interaction form: <c>payload=</c> the mutated JSON; now and then repeated, or the JSON bare.</summary>
    private static byte[] Body(IReadOnlyList<System.Text.Json.Nodes.JsonObject> seeds, (int Seed, JsonMutation[] Mutations, int Spoil) c)
    {
        var json = SlackFuzz.Json(seeds, c, invalidUtf8: true);
        var field = "payload=" + FuzzBytes.PercentEncode(json);
        return c.Spoil switch
        {
            1 => Encoding.ASCII.GetBytes(field + "&" + field),
            2 => json,
            _ => Encoding.ASCII.GetBytes(field),
        };
    }
}
