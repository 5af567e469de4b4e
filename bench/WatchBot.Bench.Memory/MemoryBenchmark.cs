using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using WatchBot.Bench.Common;
using WatchBot.Emulators.Discord;

namespace WatchBot.Bench.Memory;

/// <summary>
/// Idle memory of one instance, then with N live sessions (each in its own channel, started with a
/// 10-minute countdown so that all are live and none has ended while we look): once every start is
/// acknowledged (announcements still queued behind Discord's 50 requests/s), once the queue has
/// drained, and 30 s later (the steady state the goal is about). Figures against the goals of the scale-out issue: idle below 64 MiB, 10,000 live below
/// 150 MiB; then the live managed heap beside the GC heap's resident memory, so a reader sees where
/// the rest is.
/// </summary>
internal static class MemoryBenchmark
{
    private const double IdleGoalMib = 64;
    private const double LiveGoalMib = 150;
    private const int Workers = 16;

    /// <summary>At idle every file counts (what is loaded that need not be); under load only the largest.</summary>
    private const int IdleFiles = 25;
    private const int LoadFiles = 8;
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(30);

    public static async Task RunAsync(int sessions, TimeSpan settle)
    {
        using var signer = Ed25519Signer.Test();
        await using var api = await DiscordApiEmulator.StartAsync();
        using var client = OpenLoopLoad.LoopbackClient();
        using var bot = await BotProcess.StartAsync(api, signer, client);
        var time = TimeProvider.System;
        Console.WriteLine("Settings in effect:");
        foreach (var line in RuntimeSettings.Describe(bot.Dll))
        {
            Console.WriteLine(line);
        }

        // A host settles a few seconds after start (Quartz's first scan, command registration, tiering).
        await Task.Delay(settle, time);
        var idle = ProcessMemory.Read(bot.Id);
        Print($"Idle, {settle.TotalSeconds:F0} s after answering:", idle, IdleFiles);
        if (sessions == 0)
        {
            Console.WriteLine();
            Console.WriteLine(Goal($"idle RSS below {IdleGoalMib} MiB", ProcessMemory.Mib(idle.RssKb), IdleGoalMib));
            return;
        }

        // Discord knows each interaction it sent and the answer it got (the card is the answer, and the
        // bot reads its message id back): the emulator is told both, as the real sender would be.
        var sent = new ConcurrentDictionary<HttpRequestMessage, JsonNode>();
        Console.WriteLine();
        Console.WriteLine(await ClosedLoopLoad.RunAsync(
            $"/watch start in {sessions} channels",
            client,
            sessions,
            Workers,
            i => Post(api, signer, bot, i, sent),
            response => Answered(api, response, sent)));
        await Task.Delay(settle, time);
        var queued = ProcessMemory.Read(bot.Id);
        Print($"{sessions} live sessions, {settle.TotalSeconds:F0} s after the last start ({api.Calls.Count} REST requests so far):", queued);

        var drained = await WaitForQuietAsync(api, TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(7));
        var peak = ProcessMemory.Read(bot.Id);
        Print($"{sessions} live sessions, outbound queue {(drained ? "drained" : "NOT drained after 7 min")} ({api.Calls.Count} REST requests):", peak);

        // The steady state the goal is about: the burst is over, idle thread-pool threads have retired
        // (after 20 s without work), the sessions stay live (10-minute countdowns).
        await Task.Delay(Quiet, time);
        var live = ProcessMemory.Read(bot.Id);
        Print($"{sessions} live sessions, {Quiet.TotalSeconds:F0} s later:", live);

        Console.WriteLine();
        Console.WriteLine(Goal($"idle RSS below {IdleGoalMib} MiB", ProcessMemory.Mib(idle.RssKb), IdleGoalMib));
        Console.WriteLine(Posted(api, sessions));
        Console.WriteLine(Goal($"{sessions} live sessions below {LiveGoalMib} MiB ({Quiet.TotalSeconds:F0} s after the queue drained; {ProcessMemory.Mib(peak.RssKb):F1} MiB when it drained)", ProcessMemory.Mib(live.RssKb), LiveGoalMib));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"per live session: {(live.RssKb - idle.RssKb) / (double)sessions:F1} KiB of RSS ({(live.AnonKb - idle.AnonKb) / (double)sessions:F1} KiB anonymous, {(live.GcHeapKb - idle.GcHeapKb) / (double)sessions:F1} KiB of GC heap)"));

        Console.WriteLine();
        Console.WriteLine("Managed heap vs RSS (dotnet-gcdump forces a full GC, so this comes last):");
        if (await LiveHeap.MeasureAsync(bot.Id) is { } liveBytes)
        {
            var after = ProcessMemory.Read(bot.Id);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  live objects {liveBytes / 1048576.0:F1} MiB ({liveBytes / (double)sessions:F0} bytes per session, idle heap included); GC heap resident {ProcessMemory.Mib(live.GcHeapKb):F1} MiB before that full GC, {ProcessMemory.Mib(after.GcHeapKb):F1} MiB after; RSS after {ProcessMemory.Mib(after.RssKb):F1} MiB"));
        }
    }

    private static HttpRequestMessage Post(DiscordApiEmulator api, Ed25519Signer signer, BotProcess bot, int index, ConcurrentDictionary<HttpRequestMessage, JsonNode> sent)
    {
        var interaction = DiscordInteractions.Watch(
            "start",
            new Dictionary<string, string> { ["title"] = $"Movie night {index}", ["in"] = "10m" },
            userId: (2_500_000_000_000_000_000L + index).ToString(CultureInfo.InvariantCulture),
            name: $"host{index}",
            channelId: (1_500_000_000_000_000_000L + index).ToString(CultureInfo.InvariantCulture));
        api.Expect(interaction);
        var request = DiscordInteractionSender.SignedRequest(bot.Interactions, signer, interaction.ToJsonString(), TimeProvider.System.GetUtcNow());
        sent[request] = interaction;
        return request;
    }

    private static bool Answered(DiscordApiEmulator api, HttpResponseMessage response, ConcurrentDictionary<HttpRequestMessage, JsonNode> sent)
    {
        if (response.RequestMessage is { } request && sent.TryRemove(request, out var interaction) && response.IsSuccessStatusCode)
        {
            // The load has already buffered the body, so this read does not wait on the network.
            api.Answered(interaction, JsonNode.Parse(response.Content.ReadAsStringAsync().GetAwaiter().GetResult()));
        }

        return response.IsSuccessStatusCode;
    }

    /// <summary>Until the emulator has seen no request for <paramref name="quiet"/> (the bot's queue is empty).</summary>
    private static async Task<bool> WaitForQuietAsync(DiscordApiEmulator api, TimeSpan quiet, TimeSpan giveUpAfter)
    {
        var time = TimeProvider.System;
        var giveUp = time.GetUtcNow() + giveUpAfter;
        while (time.GetUtcNow() < giveUp)
        {
            var calls = api.Calls;
            if (calls.Count > 0 && time.GetUtcNow() - calls[^1].At > quiet)
            {
                return true;
            }

            await Task.Delay(TimeSpan.FromSeconds(1), time);
        }

        return false;
    }

    private static void Print(string heading, ProcessMemory memory, int files = LoadFiles)
    {
        Console.WriteLine();
        Console.WriteLine(heading);
        Console.WriteLine("  " + memory.Summary());
        foreach (var line in memory.Breakdown(top: files))
        {
            Console.WriteLine(line);
        }
    }

    /// <summary>
    /// Every start must have reached Discord: its card answered in line, then read back or posted, one
    /// REST request or more per start (the command registration aside). A build that acknowledges and
    /// posts nothing (the first Native AOT spike) must not pass for a small one.
    /// </summary>
    private static string Posted(DiscordApiEmulator api, int sessions)
    {
        var calls = api.Calls;
        var forCards = calls.Count(c => !c.Path.EndsWith("/commands", StringComparison.Ordinal));
        return string.Create(CultureInfo.InvariantCulture,
            $"{(forCards >= sessions ? "PASS" : "MISS")}  every card posted: {forCards} REST requests for {sessions} starts ({calls.Count} in all)");
    }

    private static string Goal(string name, double measuredMib, double goalMib) => string.Create(
        CultureInfo.InvariantCulture,
        $"{(measuredMib < goalMib ? "PASS" : "MISS")}  {name}: {measuredMib:F1} MiB");
}
