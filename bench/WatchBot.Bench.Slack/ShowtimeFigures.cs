using System.Globalization;
using WatchBot.Emulators.Slack;

namespace WatchBot.Bench.Slack;

/// <summary>
/// What one Slack showtime run looked like from Slack's side, computed from the emulator's recorded
/// calls: the 429s, the busiest channel (messages a second) and workspace (Tier 3 calls a minute),
/// how long before the start each channel's countdown (an accepted message showing the start as a
/// <c>&lt;!date^START^…&gt;</c> token) was visible, and how late each GO landed (ours, or the one
/// Slack posted from chat.scheduleMessage).
/// </summary>
internal sealed record ShowtimeFigures(
    string Name,
    int Channels,
    int Calls,
    int RateLimited,
    int PeakChannelPerSecond,
    int PeakWorkspaceTier3PerMinute,
    double[] CountdownLeadSeconds,
    double[] GoLateSeconds,
    int GosFromSchedule,
    double LastCallSeconds,
    int PeakAllWorkspacesTier3PerMinute,
    double[] GoClaimLateSeconds)
{
    private static readonly string[] Tier3 = ["chat.update", "chat.scheduleMessage", "chat.deleteScheduledMessage"];

    public static ShowtimeFigures From(string name, int workspaces, int channels, DateTimeOffset start, SlackApiEmulator api)
    {
        var calls = api.Calls.Where(c => c.Method != "apps.connections.open").OrderBy(c => c.At).ToList();
        var countdownMark = $"<!date^{start.ToUnixTimeSeconds()}^";
        var messages = calls.Where(c => c.Method is "chat.postMessage" or "chat.update").ToList();
        var firstCountdown = messages.Where(c => c.Ok && c.Text?.Contains(countdownMark, StringComparison.Ordinal) == true)
            .GroupBy(c => c.Channel!).ToDictionary(g => g.Key, g => g.Min(c => c.At));
        var gos = calls.Where(c => c.Ok && c.Method is "chat.postMessage" or "(scheduled post)" && c.Text?.Contains("GO!", StringComparison.Ordinal) == true)
            .GroupBy(c => c.Channel!).ToDictionary(g => g.Key, g => g.OrderBy(c => c.At).First());

        var leads = new List<double>();
        var late = new List<double>();
        foreach (var (w, c) in ShowtimeIds.All(workspaces, channels))
        {
            var id = ShowtimeIds.Channel(w, c);
            if (firstCountdown.TryGetValue(id, out var shown))
            {
                leads.Add((start - shown).TotalSeconds);
            }

            if (gos.TryGetValue(id, out var go))
            {
                late.Add((go.At - start).TotalSeconds);
            }
        }

        return new ShowtimeFigures(
            name,
            workspaces * channels,
            calls.Count,
            calls.Count(c => c.Status == 429),
            messages.GroupBy(c => c.Channel ?? "").Max(g => PeakIn(g, TimeSpan.FromSeconds(1))),
            calls.Where(c => Tier3.Contains(c.Method)).GroupBy(c => (ShowtimeIds.WorkspaceOf(c.Channel ?? "C0000"), c.Method)).Select(g => PeakIn(g, TimeSpan.FromMinutes(1))).DefaultIfEmpty(0).Max(),
            [.. leads.Order()],
            [.. late.Order()],
            gos.Values.Count(c => c.Method == "(scheduled post)"),
            calls.Count == 0 ? 0 : (calls[^1].At - start).TotalSeconds,
            calls.Where(c => Tier3.Contains(c.Method)).GroupBy(c => c.Method).Select(g => PeakIn(g, TimeSpan.FromMinutes(1))).DefaultIfEmpty(0).Max(),
            [.. calls.Where(c => c.Method == "chat.deleteScheduledMessage").Select(c => (c.At - start).TotalSeconds).Order()]);
    }

    /// <summary>The most calls (429s included: they were attempts) in any sliding window of <paramref name="width"/>.</summary>
    private static int PeakIn(IEnumerable<SlackApiCall> calls, TimeSpan width)
    {
        var times = calls.Select(c => c.At).Order().ToArray();
        var peak = 0;
        var from = 0;
        for (var to = 0; to < times.Length; to++)
        {
            while (times[to] - times[from] >= width)
            {
                from++;
            }

            peak = Math.Max(peak, to - from + 1);
        }

        return peak;
    }

    public IEnumerable<string> Lines()
    {
        yield return Name;
        yield return Line($"  Web API calls {Calls}, 429s received {RateLimited}; peak per channel {PeakChannelPerSecond} messages/s (posts and edits); peak per workspace {PeakWorkspaceTier3PerMinute}/min of one Tier 3 method (limit {ShowtimeEmulator.Tier3PerMinute}), {PeakAllWorkspacesTier3PerMinute}/min in all workspaces together; last call {LastCallSeconds:F1} s after the start");
        yield return Line($"  countdown visible before the start, in {CountdownLeadSeconds.Length}/{Channels} channels: min {P(CountdownLeadSeconds, 0)} s, p1 {P(CountdownLeadSeconds, 0.01)} s, p50 {P(CountdownLeadSeconds, 0.5)} s, max {P(CountdownLeadSeconds, 1)} s; at least 60 s in {CountdownLeadSeconds.Count(s => s >= 60)}");
        yield return Line($"  GO delivered in {GoLateSeconds.Length}/{Channels} channels ({GosFromSchedule} posted by Slack from chat.scheduleMessage), after the start: p50 {P(GoLateSeconds, 0.5)} s, p99 {P(GoLateSeconds, 0.99)} s, max {P(GoLateSeconds, 1)} s");
        if (GoClaimLateSeconds.Length > 0)
        {
            yield return Line($"  the sender reached each GO (its chat.deleteScheduledMessage) after the start: p50 {P(GoClaimLateSeconds, 0.5)} s, p99 {P(GoClaimLateSeconds, 0.99)} s, max {P(GoClaimLateSeconds, 1)} s");
        }

        var everyCountdown = CountdownLeadSeconds.Length == Channels && CountdownLeadSeconds.All(s => s >= 60);
        yield return Line($"  goal 0 x 429: {Verdict(RateLimited == 0)}; every countdown >= 60 s ahead: {Verdict(everyCountdown)}");
    }

    private static string Verdict(bool met) => met ? "met" : "MISSED";

    private static string P(double[] ascending, double fraction) =>
        ascending.Length == 0 ? "n/a" : ascending[Math.Clamp((int)Math.Ceiling(fraction * ascending.Length) - 1, 0, ascending.Length - 1)].ToString("F1", CultureInfo.InvariantCulture);

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
