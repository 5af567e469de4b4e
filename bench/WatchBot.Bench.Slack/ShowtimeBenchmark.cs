using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using WatchBot.Bench.Common;
using WatchBot.Emulators.Slack;
using WatchBot.Http;

namespace WatchBot.Bench.Slack;

/// <summary>
/// Slack "Showtime": W workspaces with C channels each, every session scheduled with a signed
/// <c>/watch schedule</c> slash command for the same second, run by the real bot (HTTP transport)
/// against the emulator enforcing Slack's per-channel and per-workspace limits; then the same
/// channels served by <see cref="NaiveShowtime"/>. Both are judged from the emulator's calls.
/// </summary>
internal static class ShowtimeBenchmark
{
    private const string Secret = "bench-signing-secret";

    /// <summary>Booking rate: the slash commands are acknowledged at once, so this only spreads them a little.</summary>
    private const int BookingPerSecond = 100;

    public static async Task RunAsync(int workspaces, int channels)
    {
        Console.WriteLine($"Slack showtime: {workspaces} workspaces x {channels} channels = {workspaces * channels} sessions starting the same second; emulator enforces chat.postMessage ~1/s per channel (burst 3) and Tier 3 ({ShowtimeEmulator.Tier3PerMinute}/min per workspace) for chat.update, chat.scheduleMessage, chat.deleteScheduledMessage");
        var smart = await RunWatchBotAsync(workspaces, channels);
        var naive = await NaiveShowtime.RunAsync(workspaces, channels);

        Console.WriteLine();
        foreach (var line in smart.Lines().Concat(naive.Lines()))
        {
            Console.WriteLine(line);
        }
    }

    private static async Task<ShowtimeFigures> RunWatchBotAsync(int workspaces, int channels)
    {
        await using var api = await ShowtimeEmulator.StartAsync();
        await using var poster = new ScheduledPoster(api);
        var folder = Directory.CreateTempSubdirectory("watchbot-bench-slack-showtime-").FullName;
        using var bot = WatchBotHost.Create(
        [
            "--Slack:Transport=http",
            "--Slack:SigningSecret=" + Secret,
            "--Slack:BotToken=xoxb-bench",
            "--Slack:ApiBaseUrl=" + api.ApiBaseUrl,
            "--Http:Urls=http://127.0.0.1:0",
            "--Shell:Enabled=false",
            "--Logging:LogLevel:Default=Error",
            "--Logging:LogLevel:WatchBot=Error",
            "--Logging:LogLevel:Quartz=Error",
            "--Storage:SqlitePath=" + Path.Combine(folder, "w.db"),
            "--Scheduling:SqlitePath=" + Path.Combine(folder, "q.db"),
        ]);
        await bot.StartAsync();
        var address = bot.Services.GetRequiredService<InboundHttpServer>().Addresses[0];
        using var client = OpenLoopLoad.LoopbackClient();
        using var sender = new SlackRequestSender(address, Secret);

        // Lead: the 1-minute countdown, plus what a sender pacing each workspace at Tier 3 needs to
        // schedule one GO per channel (C x 1.2 s), plus the booking and a 30 s margin. The start is an
        // instant, not "in Ns": a relative time would spread the starts over the booking seconds.
        var total = workspaces * channels;
        var clock = TimeProvider.System;
        var lead = TimeSpan.FromSeconds(60 + 30 + (channels * 60.0 / ShowtimeEmulator.Tier3PerMinute) + (total / (double)BookingPerSecond));
        var start = DateTimeOffset.FromUnixTimeSeconds((clock.GetUtcNow() + lead).ToUnixTimeSeconds() + 1);
        var at = start.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        Console.WriteLine($"WatchBot: booking {total} sessions for {at} ({(start - clock.GetUtcNow()).TotalSeconds:F0} s from now)");

        var ids = ShowtimeIds.All(workspaces, channels).ToArray();
        var booking = await OpenLoopLoad.RunAsync(
            "booking /watch schedule",
            client,
            i => SignedSchedule(sender, address, api, ids[i].Workspace, ids[i].Channel, at),
            response => response.IsSuccessStatusCode,
            BookingPerSecond,
            TimeSpan.FromSeconds(total / (double)BookingPerSecond));
        Console.WriteLine(booking);

        await WaitForGoAsync(api, total, start);
        await bot.StopAsync();
        return ShowtimeFigures.From("WatchBot (scheduled, Slack on the platform kit)", workspaces, channels, start, api);
    }

    /// <summary>A slash command as Slack sends it: form-encoded, signed over the raw bytes.</summary>
    private static HttpRequestMessage SignedSchedule(SlackRequestSender sender, Uri bot, SlackApiEmulator api, int workspace, int channel, string at)
    {
        var fields = sender.CommandFields(
            ShowtimeIds.Team(workspace),
            ShowtimeIds.Channel(workspace, channel),
            ShowtimeIds.User(workspace, channel),
            string.Create(CultureInfo.InvariantCulture, $"schedule title:\"Movie night {workspace}-{channel}\" at:{at}"),
            api.ResponseUrl(ShowtimeIds.Channel(workspace, channel)));
        var body = Encoding.UTF8.GetBytes(SlackRequestSender.Form(fields));
        var timestamp = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(bot, "slack/commands")) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", SlackRequestSender.Sign(Secret, timestamp, body));
        return request;
    }

    /// <summary>Until every channel has its GO, the sender has reached each, and the Web API has been quiet for 5 s (or 6 minutes after the start).</summary>
    private static async Task WaitForGoAsync(SlackApiEmulator api, int channels, DateTimeOffset start)
    {
        var clock = TimeProvider.System;
        var giveUp = start + TimeSpan.FromMinutes(6);
        var lastReport = clock.GetUtcNow();
        while (clock.GetUtcNow() < giveUp)
        {
            var calls = api.Calls;
            var gos = calls.Where(c => c.Ok && c.Method is "chat.postMessage" or "(scheduled post)" && c.Text?.Contains("GO!", StringComparison.Ordinal) == true)
                .Select(c => c.Channel).Distinct().Count();
            // Slack posts the scheduled GOs on time even while the sender waits out a Retry-After, so
            // the run ends only once the sender itself has reached every GO (claimed Slack's copy or posted its own).
            var reached = calls.Where(c => c.Method == "chat.deleteScheduledMessage" || (c.Method == "chat.postMessage" && c.Text?.Contains("GO!", StringComparison.Ordinal) == true))
                .Select(c => c.Channel).Distinct().Count();
            var quiet = calls.Count == 0 || clock.GetUtcNow() - calls.Max(c => c.At) > TimeSpan.FromSeconds(5);
            if (gos >= channels && reached >= channels && quiet)
            {
                return;
            }

            if (clock.GetUtcNow() - lastReport > TimeSpan.FromSeconds(15))
            {
                lastReport = clock.GetUtcNow();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {(lastReport - start).TotalSeconds,6:F0} s from the start: {calls.Count} Web API calls, {calls.Count(c => c.Status == 429)} x 429, GO in {gos} channels, reached by the sender in {reached}"));
            }

            await Task.Delay(TimeSpan.FromSeconds(1), clock);
        }
    }
}
