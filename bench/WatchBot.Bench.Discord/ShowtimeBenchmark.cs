using System.Globalization;
using WatchBot.Bench.Common;

namespace WatchBot.Bench.Discord;

/// <summary>
/// "Showtime": N sessions in N channels, all scheduled with <c>/watch schedule</c> for the same
/// second, run by the real bot against the REST emulator enforcing 50 requests/s (per bot token,
/// across instances) and per-channel buckets. Modes: <c>one</c> (one instance on SQLite, the card as
/// the interaction's answer, GO follow-ups where a fan pressed Ready), <c>followups</c> (the same with
/// follow-ups on and off), <c>naive</c> (<see cref="NaiveShowtime"/>: everything posted at the start),
/// <c>three</c> (three instances on one PostgreSQL database), <c>all</c>. Everything is judged from
/// what the emulator delivered; each run prints its figures when it ends, then one table of all.
/// </summary>
internal static class ShowtimeBenchmark
{
    public const string Modes = "one|three|naive|followups|all";

    /// <summary>
    /// Booking rate: how fast the schedule interactions arrive (the acknowledgement is measured, but
    /// its target is the ack benchmark's). 50/s, not 200/s: on this round's busy 2-core machine the bot
    /// books about 70/s, and at 200/s most of 10,000 bookings timed out, which left no sessions to show.
    /// </summary>
    private const int BookingPerSecond = 50;

    /// <summary>The share of channels where a fan presses Ready in the minute before the start (the rest have no button token).</summary>
    private const double ReadyShare = 0.5;

    private static readonly ShowtimeSetup One = new("one (SQLite) f-ups on", 1, ReadyShare);
    private static readonly ShowtimeSetup OneWithoutFollowUps = new("one (SQLite) f-ups off", 1, ReadyShare, "--Discord:GoFollowUps=false");
    private static readonly ShowtimeSetup Three = new("three (PostgreSQL) f-ups on", 3, ReadyShare);

    public static bool IsMode(string mode) => Modes.Split('|').Contains(mode);

    public static async Task RunAsync(int channels, string mode)
    {
        Console.WriteLine($"Showtime ({mode}): {channels} sessions in {channels} channels starting the same second; the emulator enforces 50 requests/s per bot token and 5 per 5 s per channel route; a fan presses Ready in {ReadyShare:P0} of the channels 50 s before the start");
        Console.WriteLine($"  machine load at the beginning: {ShowtimeLoad.Now()}");
        var figures = new List<ShowtimeFigures>();
        if (mode is "one" or "followups" or "all")
        {
            figures.Add(Print(await ShowtimeRun.RunAsync(channels, One, BookingPerSecond)));
        }

        if (mode is "followups" or "all")
        {
            figures.Add(Print(await ShowtimeRun.RunAsync(channels, OneWithoutFollowUps, BookingPerSecond)));
        }

        if (mode is "naive" or "all")
        {
            figures.Add(Print((await NaiveShowtime.RunAsync(channels), null)));
        }

        if (mode is "three" or "all")
        {
            figures.Add(Print(await ShowtimeRun.RunAsync(channels, Three, BookingPerSecond)));
        }

        Console.WriteLine("REST/s. = global-limited requests per session; peak/s = the busiest second at the emulator (accepted or attempted); cd>=60s = channels whose countdown was visible at least 60 s before the start;");
        Console.WriteLine("GO lateness in seconds after the start (a late-start message counts as the channel's GO; late = how many); token = channels where a fan's press was answered; f-up = channels whose GO went as a follow-up.");
        Console.WriteLine(ShowtimeFigures.Header());
        foreach (var run in figures)
        {
            Console.WriteLine(run.Row());
        }
    }

    private static ShowtimeFigures Print((ShowtimeFigures Figures, LatencyReport? Booking) run)
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
        return run.Figures;
    }

    internal static DateTimeOffset NextWholeSecond(DateTimeOffset instant) =>
        DateTimeOffset.FromUnixTimeSeconds(instant.ToUnixTimeSeconds() + 1);
}
