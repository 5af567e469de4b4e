using System.Globalization;
using WatchBot.Bench.Common;
using WatchBot.Emulators.Discord;

namespace WatchBot.Bench.Discord;

/// <summary>
/// "Showtime": N sessions in N channels, all scheduled with <c>/watch schedule</c> for the same
/// second, run by the real bot against the REST emulator enforcing 50 requests/s and per-channel
/// buckets; then the same N channels served by <see cref="NaiveShowtime"/>, which posts everything
/// at the start. Both are judged from the emulator's recorded requests.
/// </summary>
internal static class ShowtimeBenchmark
{
    /// <summary>Booking rate: how fast the schedule interactions arrive (they are acknowledged at once).</summary>
    private const int BookingPerSecond = 200;

    public static async Task RunAsync(int channels)
    {
        Console.WriteLine($"Showtime: {channels} sessions in {channels} channels starting the same second; emulator enforces 50 requests/s and 5 per 5 s per channel route");
        var smart = await RunWatchBotAsync(channels);
        var naive = await NaiveShowtime.RunAsync(channels);

        Console.WriteLine();
        foreach (var figures in new[] { smart, naive })
        {
            foreach (var line in figures.Lines().Concat(figures.Goals()))
            {
                Console.WriteLine(line);
            }
        }
    }

    private static async Task<ShowtimeFigures> RunWatchBotAsync(int channels)
    {
        using var signer = Ed25519Signer.Test();
        var signed = new SignedInteractions(signer);
        await using var api = await DiscordApiEmulator.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(api, signer);
        using var client = OpenLoopLoad.LoopbackClient();

        // Far enough ahead that every announcement is out before the countdown lead (1 min) begins,
        // at the 45/s the bot allows itself: booking N at 200/s, then N posts at 45/s, plus a margin.
        var clock = TimeProvider.System;
        var bookingTime = TimeSpan.FromSeconds(channels / (double)BookingPerSecond + channels / 45.0 + 15);
        var start = NextWholeSecond(clock.GetUtcNow() + TimeSpan.FromMinutes(1) + bookingTime);
        var at = start.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        Console.WriteLine($"WatchBot: booking {channels} sessions for {at} ({(start - clock.GetUtcNow()).TotalSeconds:F0} s from now)");

        var booking = await OpenLoopLoad.RunAsync(
            "booking /watch schedule",
            client,
            i => signed.Post(bot.Interactions, DiscordInteractions.Watch(
                "schedule",
                new Dictionary<string, string> { ["title"] = $"Movie night {i}", ["at"] = at },
                userId: SignedInteractions.User(i),
                name: $"host{i}",
                channelId: SignedInteractions.Channel(i))),
            response => response.IsSuccessStatusCode,
            BookingPerSecond,
            TimeSpan.FromSeconds(channels / (double)BookingPerSecond));
        Console.WriteLine(booking);

        await WaitForGoAsync(api, channels, start);
        return ShowtimeFigures.From("WatchBot (scheduled, paced)", channels, start, api, SignedInteractions.Channel);
    }

    /// <summary>Until every channel has its GO (or 5 minutes after the start), then until REST is quiet for 3 s.</summary>
    /// <remarks>Reads only the requests recorded since the last look: this runs beside the bot on the same two cores.</remarks>
    private static async Task WaitForGoAsync(DiscordApiEmulator api, int channels, DateTimeOffset start)
    {
        var clock = TimeProvider.System;
        var giveUp = start + TimeSpan.FromMinutes(5);
        var lastReport = clock.GetUtcNow();
        var seen = 0;
        var gos = 0;
        while (clock.GetUtcNow() < giveUp)
        {
            var calls = api.Calls;
            for (; seen < calls.Count; seen++)
            {
                var call = calls[seen];
                if (call.Method == "POST" && call.Status == 200 && call.IsMessageWrite && call.Content.Contains("GO!", StringComparison.Ordinal))
                {
                    gos++;
                }
            }

            var quiet = calls.Count == 0 || clock.GetUtcNow() - calls[^1].At > TimeSpan.FromSeconds(3);
            if (gos >= channels && quiet)
            {
                return;
            }

            if (clock.GetUtcNow() - lastReport > TimeSpan.FromSeconds(15))
            {
                lastReport = clock.GetUtcNow();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {(lastReport - start).TotalSeconds,6:F0} s from the start: {calls.Count} REST requests, {gos} GO posted"));
            }

            await Task.Delay(TimeSpan.FromSeconds(1), clock);
        }
    }

    internal static DateTimeOffset NextWholeSecond(DateTimeOffset instant) =>
        DateTimeOffset.FromUnixTimeSeconds(instant.ToUnixTimeSeconds() + 1);
}
