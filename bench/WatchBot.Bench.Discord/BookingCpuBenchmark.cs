using System.Globalization;
using System.Runtime;
using System.Text.Json.Nodes;
using WatchBot.Bench.Common;
using WatchBot.Emulators.Discord;

namespace WatchBot.Bench.Discord;

/// <summary>
/// What one booking costs, whatever else the machine is doing: this process's CPU time and bytes
/// allocated over a fixed number of signed <c>/watch schedule</c> interactions (closed loop, a few in
/// flight, one channel each), including the work the bot does after its answer (arming, relay,
/// learning the card's message), which is waited out until the process is back to its idle CPU rate;
/// that idle rate times the measured span is taken off. Signing is done ahead and shown apart. The
/// warm-up goes on until the JIT is nearly done tiering up (a cost of the first minutes, not of a
/// booking: thousands of methods are compiled up to three times each); what it still compiles
/// during the run is printed beside the figures.
/// </summary>
internal static class BookingCpuBenchmark
{
    private const int InFlight = 8;

    /// <summary>Windows of this length at the idle rate say the bot's after-work is done.</summary>
    private static readonly TimeSpan Window = TimeSpan.FromMilliseconds(250);

    public static async Task RunAsync(int bookings)
    {
        using var signer = Ed25519Signer.Test();
        await using var api = await DiscordApiEmulator.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(api, signer);
        using var client = OpenLoopLoad.LoopbackClient();
        using var writes = new SqliteWriteTally();
        var at = (TimeProvider.System.GetUtcNow() + TimeSpan.FromHours(2)).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

        await WarmUpAsync(client, api, signer, bot, at);
        var idle = await IdleRateAsync();
        writes.Reset();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"CPU and allocations per /watch schedule booking (bot + emulator + load in one process; after-work waited out), {bookings} bookings, {InFlight} in flight, {Environment.ProcessorCount} cores, idle {idle:F0} µs CPU/s, {MachineLoad.Now()}"));
        var jitBefore = (JitInfo.GetCompilationTime(), JitInfo.GetCompiledMethodCount());
        var (figures, sign) = await MeasureAsync(client, api, signer, bot, at, 0, bookings, idle);
        var jit = JitInfo.GetCompilationTime() - jitBefore.Item1;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"load generator (build + sign, ahead)  CPU {sign,7:F0} µs/booking"));
        Console.WriteLine(figures.ToString("booking (send, answer, after-work)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    JIT during the run (included): {JitInfo.GetCompiledMethodCount() - jitBefore.Item2} methods, {jit.TotalMilliseconds:F0} ms in the JIT (wall time)"));
        Console.WriteLine("    " + writes.PerBooking(bookings));
    }

    /// <summary>Rounds of 500 bookings until one compiles fewer than 50 methods (at most 12 rounds).</summary>
    private static async Task WarmUpAsync(HttpClient client, DiscordApiEmulator api, Ed25519Signer signer, BotUnderTest bot, string at)
    {
        const int Round = 500;
        for (var round = 0; round < 12; round++)
        {
            var compiled = JitInfo.GetCompiledMethodCount();
            await MeasureAsync(client, api, signer, bot, at, 1_000_000 + (round * Round), Round, idleMicrosPerSecond: 0);
            if (JitInfo.GetCompiledMethodCount() - compiled < 50)
            {
                Console.WriteLine($"warm-up: {(round + 1) * Round} bookings");
                return;
            }
        }

        Console.WriteLine("warm-up: 6000 bookings, the JIT still compiling");
    }

    /// <summary>This process's CPU rate (µs per second) with nothing sent: Quartz's and the relay's polling, the runtime.</summary>
    private static async Task<double> IdleRateAsync()
    {
        await Task.Delay(TimeSpan.FromSeconds(2), TimeProvider.System);
        var before = Environment.CpuUsage.TotalTime;
        var start = TimeProvider.System.GetTimestamp();
        await Task.Delay(TimeSpan.FromSeconds(2), TimeProvider.System);
        return (Environment.CpuUsage.TotalTime - before).TotalMicroseconds / TimeProvider.System.GetElapsedTime(start).TotalSeconds;
    }

    private static async Task<(CpuPerRequest.Figures Figures, double SignMicros)> MeasureAsync(
        HttpClient client, DiscordApiEmulator api, Ed25519Signer signer, BotUnderTest bot, string at, int first, int count, double idleMicrosPerSecond)
    {
        var interactions = Enumerable.Range(first, count).Select(i => Interaction(i, at)).ToArray();
        var signed = new SignedInteractions(signer);
        var signStart = Environment.CpuUsage.TotalTime;
        signed.Prepare(count, i => interactions[i]);
        var signMicros = (Environment.CpuUsage.TotalTime - signStart).TotalMicroseconds / count;

        GC.Collect();
        GC.WaitForPendingFinalizers();
        var (cpu, bytes, start) = (Environment.CpuUsage.TotalTime, GC.GetTotalAllocatedBytes(precise: true), TimeProvider.System.GetTimestamp());
        var next = -1;
        var failed = 0;
        await Task.WhenAll(Enumerable.Range(0, InFlight).Select(_ => Task.Run(WorkerAsync)));
        await SettleAsync(idleMicrosPerSecond);
        var elapsed = TimeProvider.System.GetElapsedTime(start);
        var used = (Environment.CpuUsage.TotalTime - cpu).TotalMicroseconds - (idleMicrosPerSecond * elapsed.TotalSeconds);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - bytes;
        return (new CpuPerRequest.Figures(used / count, (double)allocated / count, failed), signMicros);

        async Task WorkerAsync()
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                api.Expect(interactions[i]);
                using var request = signed.Post(bot.Interactions, i, _ => interactions[i]);
                using var response = await client.SendAsync(request);
                var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync());
                api.Answered(interactions[i], answer);
                if (!response.IsSuccessStatusCode || answer?["data"]?["components"] is not JsonArray { Count: > 0 })
                {
                    Interlocked.Increment(ref failed);
                }
            }
        }
    }

    /// <summary>Waits until two windows in a row ran at the idle rate (plus a little), at most 30 s.</summary>
    private static async Task SettleAsync(double idleMicrosPerSecond)
    {
        var quiet = 0;
        for (var round = 0; round < 120 && quiet < 2; round++)
        {
            var before = Environment.CpuUsage.TotalTime;
            await Task.Delay(Window, TimeProvider.System);
            var rate = (Environment.CpuUsage.TotalTime - before).TotalMicroseconds / Window.TotalSeconds;
            quiet = rate <= (idleMicrosPerSecond * 1.5) + 20_000 ? quiet + 1 : 0;
        }
    }

    private static JsonObject Interaction(int i, string at) => DiscordInteractions.Watch(
        "schedule",
        new Dictionary<string, string> { ["title"] = "Booked night " + i.ToString(CultureInfo.InvariantCulture), ["at"] = at },
        userId: SignedInteractions.User(i),
        name: "host",
        channelId: SignedInteractions.Channel(i));
}
