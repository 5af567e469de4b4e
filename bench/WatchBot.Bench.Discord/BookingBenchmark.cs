using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using WatchBot.Bench.Common;
using WatchBot.Emulators.Discord;

namespace WatchBot.Bench.Discord;

/// <summary>
/// Booking under load: signed <c>/watch schedule</c> interactions at 200/s, each in a channel of its
/// own, against the real bot (HTTP transport, SQLite, Quartz's SQLite store, REST on the emulator).
/// Each interaction is told to the emulator as Discord would know it, and its answer too, so the
/// bot's follow-up work after the answer (learning the card's message) runs as it does for real.
/// Only an answer that is the session card counts: a refusal is a failure.
/// </summary>
internal static class BookingBenchmark
{
    private const int Rate = 200;

    /// <summary>The goal (issue 13): the booking's acknowledgement p99 under 50 ms at 200/s.</summary>
    private const double GoalMs = 50;

    private static int s_deferred;
    private static int s_refused;

    /// <returns>Whether the goal was met with no failure.</returns>
    public static async Task<bool> RunAsync(TimeSpan duration)
    {
        using var signer = Ed25519Signer.Test();
        var signed = new SignedInteractions(signer);
        await using var api = await DiscordApiEmulator.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(api, signer);
        using var client = OpenLoopLoad.LoopbackClient();
        using var pauses = new GcPauses();
        using var writes = new SqliteWriteTally();

        // Two hours ahead: no countdown, reminder or start fires while the bench runs.
        var at = (TimeProvider.System.GetUtcNow() + TimeSpan.FromHours(2)).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var sent = new ConcurrentDictionary<int, JsonObject>();

        // Warm-up in channels of their own (from 1,000,000), so the JIT and pools are not charged to the figures.
        await OpenLoopLoad.RunAsync("warm-up", client, i => Book(api, signed, bot, sent, 1_000_000 + i, at), r => IsCard(api, sent, r), 50, TimeSpan.FromSeconds(4));
        Console.WriteLine($"Discord /watch schedule acknowledgement, open loop over loopback at {Rate}/s, one channel per booking, {duration.TotalSeconds:F0} s, {Environment.ProcessorCount} cores, {MachineLoad.Now()}");

        (s_deferred, s_refused) = (0, 0);
        writes.Reset();
        await using var probe = new ProcessProbe(pauses);
        var report = await OpenLoopLoad.RunAsync("booking /watch schedule", client, i => Book(api, signed, bot, sent, i, at), r => IsCard(api, sent, r), Rate, duration);
        var seen = await probe.StopAsync();
        var written = writes.PerBooking(report.Sent);
        var met = report.P99Ms < GoalMs && report.Failed == 0;
        Console.WriteLine(report);
        Console.WriteLine($"    {seen}");
        Console.WriteLine($"    {written}");
        Console.WriteLine($"    not the card: {s_deferred} deferred (\"thinking…\", past the bot's answer budget), {s_refused} refused; HTTP failures {report.Failed - s_deferred - s_refused}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"/watch schedule at {Rate}/s: p50 {report.P50Ms:F2} ms, p99 {report.P99Ms:F2} ms (goal < {GoalMs} ms: {(report.P99Ms < GoalMs ? "met" : "MISSED")}), max {report.MaxMs:F1} ms, failures {report.Failed} ({MachineLoad.Now()} at the end)"));
        return met;
    }

    /// <summary>Booking <paramref name="i"/>: its own channel and host; the emulator learns the interaction first.</summary>
    private static HttpRequestMessage Book(DiscordApiEmulator api, SignedInteractions signed, BotUnderTest bot, ConcurrentDictionary<int, JsonObject> sent, int i, string at)
    {
        var interaction = DiscordInteractions.Watch(
            "schedule",
            new Dictionary<string, string> { ["title"] = "Booked night " + i.ToString(CultureInfo.InvariantCulture), ["at"] = at },
            userId: SignedInteractions.User(i),
            name: "host",
            channelId: SignedInteractions.Channel(i));
        sent[i] = interaction;
        api.Expect(interaction);
        var request = signed.Post(bot.Interactions, interaction);
        request.Headers.Add("X-Booking", i.ToString(CultureInfo.InvariantCulture));
        return request;
    }

    /// <summary>A card (the booking was made), handed to the emulator as the interaction's answer.</summary>
    private static bool IsCard(DiscordApiEmulator api, ConcurrentDictionary<int, JsonObject> sent, HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode || response.RequestMessage?.Headers.TryGetValues("X-Booking", out var values) != true)
        {
            return false;
        }

        var i = int.Parse(values!.First(), CultureInfo.InvariantCulture);
        var answer = JsonNode.Parse(response.Content.ReadAsStringAsync().GetAwaiter().GetResult());
        api.Answered(sent[i], answer);
        if (answer?["data"]?["components"] is JsonArray { Count: > 0 })
        {
            return true;
        }

        // Not the card: "thinking…" (the answer took longer than the bot's budget) or a refusal.
        Interlocked.Increment(ref answer?["type"]?.GetValue<int>() == 5 ? ref s_deferred : ref s_refused);
        return false;
    }
}
