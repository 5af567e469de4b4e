using System.Globalization;
using WatchBot.Bench.Common;

namespace WatchBot.Bench.Discord;

/// <summary>
/// "Showtime": N sessions in N channels, all scheduled with <c>/watch schedule</c> for the same
/// second, run by the real bot against the REST emulator enforcing 50 requests/s and per-channel
/// buckets: first as before issue 13 (a private "Done" and the card posted through REST, GO through
/// REST, the answer after timers and relay), then with the card as the interaction's answer, the
/// answer at commit and GO as a follow-up where someone pressed Ready in the last minute; then the
/// same N channels served by <see cref="NaiveShowtime"/>, which posts everything at the start. All
/// are judged from what the emulator delivered; each run's figures are printed when it ends.
/// </summary>
internal static class ShowtimeBenchmark
{
    /// <summary>Booking rate: how fast the schedule interactions arrive (the acknowledgement is measured).</summary>
    private const int BookingPerSecond = 200;

    /// <summary>The share of channels where someone presses Ready in the minute before the start (the rest have no button token).</summary>
    private const double ReadyShare = 0.5;

    public static async Task RunAsync(int channels)
    {
        Console.WriteLine($"Showtime: {channels} sessions in {channels} channels starting the same second; emulator enforces 50 requests/s and 5 per 5 s per channel route");
        Print(await ShowtimeRun.RunAsync(
            channels, "WatchBot before (card posted through REST, GO through REST, answer after timers)", 0, BookingPerSecond,
            "--Discord:AnswerWithCard=false", "--Discord:GoFollowUps=false", "--Discord:AnswerAtCommit=false"));
        Print(await ShowtimeRun.RunAsync(
            channels, $"WatchBot after (card is the answer, answer at commit, GO follow-ups; Ready pressed in {ReadyShare:P0} of channels)", ReadyShare, BookingPerSecond));
        Print((await NaiveShowtime.RunAsync(channels), null));
    }

    private static void Print((ShowtimeFigures Figures, LatencyReport? Booking) run)
    {
        Console.WriteLine();
        foreach (var line in run.Figures.Lines().Concat(run.Figures.Goals()))
        {
            Console.WriteLine(line);
        }

        if (run.Booking is { } booking)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  /watch schedule acknowledgement at {booking.Rate}/s: p50 {booking.P50Ms:F1} ms, p99 {booking.P99Ms:F1} ms, max {booking.MaxMs:F1} ms (target p99 < 50 ms); failed {booking.Failed}"));
        }

        Console.WriteLine();
    }

    internal static DateTimeOffset NextWholeSecond(DateTimeOffset instant) =>
        DateTimeOffset.FromUnixTimeSeconds(instant.ToUnixTimeSeconds() + 1);
}
