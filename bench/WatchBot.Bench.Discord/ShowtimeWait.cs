using System.Globalization;
using WatchBot.Emulators.Discord;

namespace WatchBot.Bench.Discord;

/// <summary>Waits for a showtime run to finish, reading only what the emulator recorded since the last look.</summary>
internal static class ShowtimeWait
{
    /// <summary>Until every channel has its GO or late-start message (or 5 minutes after the start), then until REST is quiet for 3 s.</summary>
    public static async Task ForGoAsync(DiscordApiEmulator api, int channels, DateTimeOffset start)
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
                if (call.Method == "POST" && call.Status == 200 && (call.IsMessageWrite || call.IsPublicFollowUp) && ShowtimeFigures.IsStartNotice(call.Content))
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
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {(lastReport - start).TotalSeconds,6:F0} s from the start: {calls.Count} requests, {gos} GO or late-start posted"));
            }

            await Task.Delay(TimeSpan.FromSeconds(1), clock);
        }
    }
}
