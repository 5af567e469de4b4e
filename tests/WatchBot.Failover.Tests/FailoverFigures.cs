using System.Globalization;

namespace WatchBot.Failover.Tests;

/// <summary>The run's figures, and the one line that sums them up for a report.</summary>
internal sealed record FailoverFigures(
    int Sessions,
    int Acknowledged,
    int GoOnce,
    int Missing,
    int Doubled,
    int LateStarts,
    int StoredAndStarted,
    TakeOver TakeOver,
    double[] LatenessSeconds,
    int PeakAccepted,
    int PeakAttempted,
    int RateLimited,
    int NonceRepeats,
    double BookingP99Ms,
    string Load)
{
    public string Summary() => string.Create(CultureInfo.InvariantCulture,
        $"FAILOVER 3 instances, {Sessions} sessions, one SIGKILLed 30 s before the start: GO exactly once in {GoOnce}/{Sessions} channels "
        + $"(of which {LateStarts} in the late form \"started N ago\"; missing {Missing}, doubled {Doubled}); acknowledged {Acknowledged}, stored and started {StoredAndStarted}; "
        + $"take-over: claims released {Seconds(TakeOver.Released)} after the kill, first GO of a claimed timer {Seconds(TakeOver.FirstClaimedGo)} ({TakeOver.ClaimedTimers} claimed), "
        + $"first entry of a channel it leased sent {Seconds(TakeOver.FirstLeasedSent)} ({TakeOver.LeasedChannels} leased), first GO of a session it booked {Seconds(TakeOver.FirstOwnedGo)}; GO lateness p50 {Stats.Percentile(LatenessSeconds, 50):F1} s, "
        + $"p99 {Stats.Percentile(LatenessSeconds, 99):F1} s, max {(LatenessSeconds.Length == 0 ? double.NaN : LatenessSeconds[^1]):F1} s; "
        + $"fleet REST peak {PeakAccepted}/s accepted, {PeakAttempted}/s attempted, {RateLimited} × 429, {NonceRepeats} repeated nonces; booking ack p99 {BookingP99Ms:F0} ms; load {Load}");

    private static string Seconds(TimeSpan? span) => span is { } s ? string.Create(CultureInfo.InvariantCulture, $"{s.TotalSeconds:F1} s") : "n/a";
}
