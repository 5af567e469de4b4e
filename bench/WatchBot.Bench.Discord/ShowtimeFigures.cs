using System.Globalization;
using WatchBot.Emulators.Discord;

namespace WatchBot.Bench.Discord;

/// <summary>
/// What one showtime run looked like from Discord's side, computed from the emulator's recorded
/// requests and the interactions' answers (<see cref="ChannelDelivery"/>): the busiest second, the
/// 429s, how long before the start each channel's countdown (a message showing <c>&lt;t:START:R&gt;</c>)
/// was visible, how late each GO landed and by which route, and requests per session by route class. "Peak
/// accepted" is the emulator's own count at admission; "peak attempted" includes the 429s.
/// </summary>
internal sealed record ShowtimeFigures(
    string Name,
    int Channels,
    int Requests,
    int InteractionRequests,
    int PeakAcceptedPerSecond,
    int PeakAttemptedPerSecond,
    int RateLimited,
    int CountdownsVisible,
    double[] CountdownLeadSeconds,
    double[] PressPlayLeadSeconds,
    int GosDelivered,
    int LateStarts,
    double[] GoLateSeconds,
    double[] GoFollowUpLateSeconds,
    double[] GoRestLateSeconds)
{
    /// <summary>Channels where a fan's button press was answered before the start: the bot held a token there (bench side; -1 when nobody pressed).</summary>
    public int TokenChannels { get; init; } = -1;

    /// <summary>The bench machine's load while the run ended (<c>/proc/loadavg</c>), printed beside the figures.</summary>
    public string Load { get; init; } = ShowtimeLoad.Now();

    /// <summary>The global-limited requests by route and by what they carried, with their 429s by scope.</summary>
    public IReadOnlyList<ShowtimeRoutes> Routes { get; init; } = [];

    /// <summary>Each per-route 429 explained (<see cref="ShowtimeLimited"/>).</summary>
    public IReadOnlyList<string> Limited { get; init; } = [];

    public static ShowtimeFigures From(string name, int channels, DateTimeOffset start, DiscordApiEmulator api, Func<int, string> channelId)
    {
        var restCalls = api.Calls.Where(c => !c.IsInteraction).OrderBy(c => c.At).ToList();
        var countdownMark = $"<t:{start.ToUnixTimeSeconds()}:R>";
        var delivered = ChannelDelivery.All(api);
        var firstCountdown = delivered.Where(d => d.Content.Contains(countdownMark, StringComparison.Ordinal))
            .GroupBy(d => d.Channel).ToDictionary(g => g.Key, g => g.Min(d => d.At));
        var pressPlayMark = $"press play at <t:{start.ToUnixTimeSeconds()}:T>";
        var firstPressPlay = delivered.Where(d => d.Content.Contains(pressPlayMark, StringComparison.Ordinal))
            .GroupBy(d => d.Channel).ToDictionary(g => g.Key, g => g.Min(d => d.At));
        // "started 6s ago — now at 0:00:06" (views), "… ago — it is now at …" (the renderer before them).
        var lateStarts = delivered.Count(d => d.IsNew && IsLateStart(d.Content));

        // The channel's start notice: GO, or "started … ago" when the bot's timer fired past the tolerance (a busy machine).
        var firstGo = delivered.Where(d => d.IsNew && IsStartNotice(d.Content))
            .GroupBy(d => d.Channel).ToDictionary(g => g.Key, g => g.MinBy(d => d.At)!);

        var leads = new List<double>();
        var pressPlay = new List<double>();
        var late = new List<double>();
        var lateFollowUp = new List<double>();
        var lateRest = new List<double>();
        for (var i = 0; i < channels; i++)
        {
            var id = channelId(i);
            if (firstCountdown.TryGetValue(id, out var shown))
            {
                leads.Add((start - shown).TotalSeconds);
            }

            if (firstPressPlay.TryGetValue(id, out var edited))
            {
                pressPlay.Add((start - edited).TotalSeconds);
            }

            if (firstGo.TryGetValue(id, out var go))
            {
                late.Add((go.At - start).TotalSeconds);
                (go.ViaInteraction ? lateFollowUp : lateRest).Add((go.At - start).TotalSeconds);
            }
        }

        return new ShowtimeFigures(
            name,
            channels,
            restCalls.Count,
            api.Calls.Count(c => c.IsInteraction),
            api.PeakPerSecond,
            PeakPerSecond(restCalls),
            restCalls.Count(c => c.Status == 429),
            leads.Count,
            [.. leads.Order()],
            [.. pressPlay.Order()],
            late.Count,
            lateStarts,
            [.. late.Order()],
            [.. lateFollowUp.Order()],
            [.. lateRest.Order()]) {
            Routes = ShowtimeRoutes.From(restCalls, start),
            Limited = [.. ShowtimeLimited.Lines(restCalls, api.BucketWindow)],
        };
    }

    /// <summary>A GO, or the late-start message the bot posts instead when its timer fired too late for a GO.</summary>
    public static bool IsStartNotice(string content) => content.Contains("GO!", StringComparison.Ordinal) || IsLateStart(content);

    private static bool IsLateStart(string content) =>
        content.Contains(" ago — ", StringComparison.Ordinal) && content.Contains("now at ", StringComparison.Ordinal);

    /// <summary>The most requests in any one-second window (sliding, like the global limit), by the instant each was answered.</summary>
    private static int PeakPerSecond(IEnumerable<DiscordApiCall> ordered)
    {
        var times = ordered.Select(c => c.At).ToArray();
        var peak = 0;
        var from = 0;
        for (var to = 0; to < times.Length; to++)
        {
            while (times[to] - times[from] >= TimeSpan.FromSeconds(1))
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
        yield return Line($"  REST requests {Requests}, peak accepted {PeakAcceptedPerSecond}/s, peak attempted {PeakAttemptedPerSecond}/s, 429s received {RateLimited}");
        yield return Line($"  countdown visible before the start, in {CountdownsVisible}/{Channels} channels: min {P(CountdownLeadSeconds, 0)} s, p1 {P(CountdownLeadSeconds, 0.01)} s, p50 {P(CountdownLeadSeconds, 0.5)} s, max {P(CountdownLeadSeconds, 1)} s; at least 60 s in {CountdownLeadSeconds.Count(s => s >= 60)}");
        yield return Line($"  \"press play at\" countdown state visible before the start, in {PressPlayLeadSeconds.Length}/{Channels} channels: min {P(PressPlayLeadSeconds, 0)} s, p50 {P(PressPlayLeadSeconds, 0.5)} s, max {P(PressPlayLeadSeconds, 1)} s");
        yield return Line($"  \"started … ago\" (late start) messages instead of GO: {LateStarts}");
        yield return Line($"  GO (or the late-start message) delivered in {GosDelivered}/{Channels} channels, after the start: p50 {P(GoLateSeconds, 0.5)} s, p99 {P(GoLateSeconds, 0.99)} s, max {P(GoLateSeconds, 1)} s");
        if (TokenChannels >= 0)
        {
            yield return Line($"    a fan pressed Ready (the bot holds a token) in {TokenChannels} channels ({Share(TokenChannels)})");
        }

        yield return Line($"    as follow-ups on a button's token in {GoFollowUpLateSeconds.Length} channels ({Share(GoFollowUpLateSeconds.Length)}): p50 {P(GoFollowUpLateSeconds, 0.5)} s, p99 {P(GoFollowUpLateSeconds, 0.99)} s; through channel REST in {GoRestLateSeconds.Length}: p50 {P(GoRestLateSeconds, 0.5)} s, p99 {P(GoRestLateSeconds, 0.99)} s");
        yield return Line($"  requests per session: {Requests / (double)Channels:F2} on global-limited routes, {InteractionRequests / (double)Channels:F2} on interaction routes (exempt)");
        yield return Line($"  by route and what they carried (429s by scope: global, or the route's own bucket):");
        foreach (var route in Routes)
        {
            yield return route.Line(Channels);
        }

        foreach (var line in Limited)
        {
            yield return line;
        }

        yield return Line($"  load average at the end: {Load}");
    }

    /// <summary>Against the issue's goals: no 429, every countdown ≥ 60 s ahead, peak ≤ 45/s.</summary>
    public IEnumerable<string> Goals()
    {
        var everyCountdown = CountdownsVisible == Channels && CountdownLeadSeconds.All(s => s >= 60);
        yield return Line($"  goal 0 x 429: {Verdict(RateLimited == 0)}; every countdown >= 60 s ahead: {Verdict(everyCountdown)}; peak <= 45/s: {Verdict(PeakAcceptedPerSecond <= 45 && PeakAttemptedPerSecond <= 45)}");
    }

    /// <summary>The table's header, aligned with <see cref="Row"/>.</summary>
    public static string Header() =>
        $"{"run",-26} {"N",6} {"REST/s.",7} {"peak/s",7} {"429s",6} {"cd>=60s",8} {"GO p50",7} {"GO p99",7} {"GO max",7} {"late",5} {"token",6} {"f-up",5} {"f-up p50/p99",13} {"REST p50/p99",13}  load";

    /// <summary>One compact line: peak is the higher of accepted and attempted; shares are of all channels.</summary>
    public string Row() => Line(
        $"{Short(Name),-26} {Channels,6} {Requests / (double)Channels,7:F2} {Math.Max(PeakAcceptedPerSecond, PeakAttemptedPerSecond),7} {RateLimited,6} {CountdownLeadSeconds.Count(s => s >= 60),8} {P(GoLateSeconds, 0.5),7} {P(GoLateSeconds, 0.99),7} {P(GoLateSeconds, 1),7} {LateStarts,5} {(TokenChannels < 0 ? "-" : Share(TokenChannels)),6} {Share(GoFollowUpLateSeconds.Length),5} {P(GoFollowUpLateSeconds, 0.5) + "/" + P(GoFollowUpLateSeconds, 0.99),13} {P(GoRestLateSeconds, 0.5) + "/" + P(GoRestLateSeconds, 0.99),13}  {Load}");

    private static string Short(string name) => name.Length <= 26 ? name : name[..26];

    private string Share(int count) => (count / (double)Channels).ToString("P0", CultureInfo.InvariantCulture);

    private static string Verdict(bool met) => met ? "met" : "MISSED";

    private static string P(double[] ascending, double fraction) =>
        ascending.Length == 0 ? "n/a" : ascending[Math.Clamp((int)Math.Ceiling(fraction * ascending.Length) - 1, 0, ascending.Length - 1)].ToString("F1", CultureInfo.InvariantCulture);

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
