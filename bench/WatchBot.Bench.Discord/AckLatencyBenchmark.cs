using System.Text.Json.Nodes;
using WatchBot.Bench.Common;
using WatchBot.Discord.Crypto;
using WatchBot.Emulators.Discord;

namespace WatchBot.Bench.Discord;

/// <summary>
/// Signed <c>/watch status</c> interactions at 500/s and 2,000/s against the real bot (HTTP
/// transport, SQLite, REST on the emulator) and against <see cref="BareVerifyEndpoint"/>, the two
/// interleaved in half-second slices of one schedule so that the machine's noise hits both alike;
/// several runs, each judged on its own.
/// </summary>
internal static class AckLatencyBenchmark
{
    /// <summary>Slices short enough that a burst of noise lands on both targets, long enough to reach a steady rate.</summary>
    private static readonly TimeSpan Slice = TimeSpan.FromMilliseconds(500);

    public static async Task<int> RunAsync(TimeSpan perRate, int runs, int? cpuRequests = null)
    {
        using var signer = Ed25519Signer.Test();
        var signed = new SignedInteractions(signer);
        await using var api = await DiscordApiEmulator.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(api, signer);
        var verifier = Ed25519Verifier.FromHex(signer.PublicKeyHex);
        await using var bare = await BareVerifyEndpoint.StartAsync(verifier);
        var bareEndpoint = new Uri(bare.Address, "discord/interactions");
        using var client = OpenLoopLoad.LoopbackClient();

        await ShowOneAnswer(client, signed, bot.Interactions);
        var targets = new[] { Target("bare verify-only (PONG)", signer, bareEndpoint), Target("WatchBot /discord/interactions", signer, bot.Interactions) };
        await CpuPerRequest.RunAsync(client, targets, cpuRequests ?? 5_000);
        if (cpuRequests is not null)
        {
            return 0;
        }

        Console.WriteLine($"Discord interaction acknowledgement latency, open loop over loopback, bot and bare endpoint interleaved in {Slice.TotalMilliseconds:F0} ms slices, {perRate.TotalSeconds:F0} s each per rate, {runs} runs, {Environment.ProcessorCount} cores, {MachineLoad.Now()}");
        return await InterleavedComparison.RunAsync(
            client,
            targets[0],
            targets[1],
            runs,
            perRate,
            Slice);
    }

    /// <summary>What the bot answers to the load's request, so the figures are known to measure real work.</summary>
    private static async Task ShowOneAnswer(HttpClient client, SignedInteractions signed, Uri endpoint)
    {
        using var request = signed.Post(endpoint, Status(0));
        using var response = await client.SendAsync(request);
        var answer = await response.Content.ReadAsStringAsync();
        Console.WriteLine($"One /watch status to the bot: HTTP {(int)response.StatusCode} {answer}");
        if (!response.IsSuccessStatusCode || JsonNode.Parse(answer)?["type"]?.GetValue<int>() != 4)
        {
            throw new InvalidOperationException("The bot did not answer /watch status with a message; the figures would mean nothing.");
        }
    }

    /// <summary>Each target signs its own requests, ahead of each run (<see cref="SignedInteractions.Prepare"/>), alike.</summary>
    private static LoadTarget Target(string name, Ed25519Signer signer, Uri endpoint)
    {
        var signed = new SignedInteractions(signer);
        return new(name, i => signed.Post(endpoint, i, Status), IsAnswered) { Prepare = count => signed.Prepare(count, Status) };
    }

    /// <summary><c>/watch status</c> from one of 1,000 members in one of 100 channels.</summary>
    private static JsonObject Status(int i) =>
        DiscordInteractions.Watch("status", userId: SignedInteractions.User(i % 1000), name: "member", channelId: SignedInteractions.Channel(i % 100));

    /// <summary>200 with an interaction response (PONG from the bare endpoint, a message from the bot).</summary>
    private static bool IsAnswered(HttpResponseMessage response) => response.IsSuccessStatusCode;
}
