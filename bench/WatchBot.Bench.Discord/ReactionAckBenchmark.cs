using System.Globalization;
using System.Text.Json.Nodes;
using WatchBot.Bench.Common;
using WatchBot.Emulators.Discord;

namespace WatchBot.Bench.Discord;

/// <summary>
/// Signed <c>/watch react</c> interactions against the real bot (HTTP transport, SQLite, REST on the
/// emulator), measured on a session with no reactions stored and again once 5,000 are stored: a
/// command's cost must not grow with the session's history. Run twice: a party of 100 members, and
/// a new member for every reaction (the session then also grows by 5,000 people, which it keeps).
/// </summary>
internal static class ReactionAckBenchmark
{
    /// <summary>Below one channel's throughput: a channel's commands run one at a time.</summary>
    private const int Rate = 25;

    private const int Stored = 5_000;

    /// <summary>
    /// The per-person limit stays on, so its check runs on every reaction, but short enough that no
    /// reaction of the closed-loop fill is refused (each member's turn comes round far later).
    /// </summary>
    private const string Interval = "00:00:00.050";

    private static readonly string[] Emoji = ["😂", "😮", "😢", "🔥", "👏"];

    public static async Task RunAsync(TimeSpan perPhase)
    {
        using var signer = Ed25519Signer.Test();
        var signed = new SignedInteractions(signer);
        await using var api = await DiscordApiEmulator.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(api, signer, "--Sessions:ReactionInterval=" + Interval);
        using var client = OpenLoopLoad.LoopbackClient();
        var load = new Load(client, signed, bot.Interactions);

        // Warm up the JIT, pools and SQLite on a channel of its own, so the first phase is not charged for it.
        var warm = SignedInteractions.Channel(900);
        await load.StartAsync(warm);
        await load.FillAsync(warm, 300, members: 100, from: 0);

        Console.WriteLine($"Discord /watch react acknowledgement latency, one session, open loop over loopback at {Rate}/s, {perPhase.TotalSeconds:F0} s per phase, reaction interval {Interval}, {Environment.ProcessorCount} cores");
        Console.WriteLine("('0 stored, after': a fresh session measured once the other holds 5,000, just before it)");
        await ScenarioAsync(load, SignedInteractions.Channel(901), SignedInteractions.Channel(911), perPhase, members: 100);
        await ScenarioAsync(load, SignedInteractions.Channel(902), SignedInteractions.Channel(912), perPhase, members: int.MaxValue);
    }

    /// <summary>
    /// The session at 0 stored, filled to 5,000, then measured again beside a fresh session measured
    /// at the same moment: the fresh one shows what the process and database's age cost by themselves
    /// (every session pays that), the filled one what its own history adds.
    /// </summary>
    private static async Task ScenarioAsync(Load load, string channel, string fresh, TimeSpan perPhase, int members)
    {
        var who = members == int.MaxValue ? "new member each" : $"{members} members";
        await load.StartAsync(channel);
        var measured = (int)(Rate * perPhase.TotalSeconds);

        var empty = await load.MeasureAsync($"{who}, 0 stored", channel, perPhase, members, from: 0);
        await load.ExpectStoredAsync(channel, measured);
        await load.FillAsync(channel, Stored - measured, members, from: measured);
        await load.ExpectStoredAsync(channel, Stored);

        await load.StartAsync(fresh);
        var later = await load.MeasureAsync($"{who}, 0 stored, after", fresh, perPhase, members, from: 0);
        var full = await load.MeasureAsync($"{who}, {Stored:N0} stored", channel, perPhase, members, from: Stored);
        await load.ExpectStoredAsync(fresh, measured);
        await load.ExpectStoredAsync(channel, Stored + measured);
        Console.WriteLine(empty);
        Console.WriteLine(later);
        Console.WriteLine(full);
    }

    private sealed class Load(HttpClient client, SignedInteractions signed, Uri endpoint)
    {
        public Task<LatencyReport> MeasureAsync(string name, string channel, TimeSpan duration, int members, int from) =>
            OpenLoopLoad.RunAsync(name, client, i => signed.Post(endpoint, React(channel, from + i, members)), IsAccepted, Rate, duration);

        /// <summary>Adds reactions one after another, as fast as the bot takes them.</summary>
        public async Task FillAsync(string channel, int count, int members, int from)
        {
            for (var i = from; i < from + count; i++)
            {
                using var request = signed.Post(endpoint, React(channel, i, members));
                using var response = await client.SendAsync(request);
                if (!IsAccepted(response))
                {
                    throw new InvalidOperationException($"Reaction {i} was not acknowledged: HTTP {(int)response.StatusCode}.");
                }
            }
        }

        public async Task StartAsync(string channel)
        {
            var options = new Dictionary<string, string> { ["title"] = "Benchmark night" };
            using var request = signed.Post(endpoint, DiscordInteractions.Watch("start", options, SignedInteractions.User(0), "host", channelId: channel));
            using var response = await client.SendAsync(request);
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"The session did not start: HTTP {(int)response.StatusCode}.");
            }
        }

        /// <summary>
        /// Checks the reaction count on the session's status card: the reactions were stored, none
        /// refused as too soon, so the figures measure what they say.
        /// </summary>
        public async Task ExpectStoredAsync(string channel, int expected)
        {
            using var request = signed.Post(endpoint, DiscordInteractions.Watch("status", userId: SignedInteractions.User(1), name: "member", channelId: channel));
            using var response = await client.SendAsync(request);
            var content = JsonNode.Parse(await response.Content.ReadAsStringAsync())?["data"]?["content"]?.GetValue<string>() ?? "";
            var wanted = string.Create(CultureInfo.InvariantCulture, $" {expected} reactions.");
            if (!content.Contains(wanted, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"Expected {expected} stored reactions; the status said: {content}");
            }
        }

        /// <summary><c>/watch react</c> number <paramref name="i"/>, from member <c>i mod members</c>.</summary>
        private static JsonObject React(string channel, int i, int members) =>
            DiscordInteractions.Watch(
                "react",
                new Dictionary<string, string> { ["emoji"] = Emoji[i % Emoji.Length], ["note"] = "moment " + i.ToString(CultureInfo.InvariantCulture) },
                userId: SignedInteractions.User(10 + (i % members)),
                name: "member",
                channelId: channel);

        private static bool IsAccepted(HttpResponseMessage response) => response.IsSuccessStatusCode;
    }
}
