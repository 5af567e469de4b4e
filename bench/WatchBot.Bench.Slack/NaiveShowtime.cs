using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using WatchBot.Emulators.Slack;

namespace WatchBot.Bench.Slack;

/// <summary>
/// The comparison: a bot that does nothing ahead of time and has no queue. At the start it posts,
/// in every channel at once, the countdown message and the GO, then edits the countdown message to
/// "playing" (as the bot's card is edited); a 429 is waited out (its Retry-After) and sent again.
/// </summary>
internal static class NaiveShowtime
{
    /// <summary>A naive bot still gives up eventually; this bounds the run.</summary>
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(3);

    public static async Task<ShowtimeFigures> RunAsync(int workspaces, int channels)
    {
        await using var api = await ShowtimeEmulator.StartAsync();
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1024, UseProxy = false });
        var clock = TimeProvider.System;
        var start = DateTimeOffset.FromUnixTimeSeconds(clock.GetUtcNow().ToUnixTimeSeconds() + 4);
        Console.WriteLine($"Naive: posting countdown and GO in {workspaces * channels} channels at {start:HH:mm:ss}");
        await Task.Delay(start - clock.GetUtcNow(), clock);

        var giveUp = start + GiveUpAfter;
        var unix = start.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        await Task.WhenAll(ShowtimeIds.All(workspaces, channels).Select(async id =>
        {
            var (w, c) = id;
            var channel = ShowtimeIds.Channel(w, c);
            var title = $"Movie night {w}-{c}";
            var countdown = await CallUntilAcceptedAsync(client, api, "chat.postMessage", new JsonObject { ["channel"] = channel, ["text"] = $"⏳ {title} starts at <!date^{unix}^{{time_secs}}|{start:HH:mm:ss} UTC> — press play then" }, giveUp);
            await CallUntilAcceptedAsync(client, api, "chat.postMessage", new JsonObject { ["channel"] = channel, ["text"] = $"▶ *GO!* {title} — press play now (0:00:00)" }, giveUp);
            if (countdown?["ts"]?.GetValue<string>() is { } ts)
            {
                await CallUntilAcceptedAsync(client, api, "chat.update", new JsonObject { ["channel"] = channel, ["ts"] = ts, ["text"] = $"▶ {title} is playing from 0:00:00" }, giveUp);
            }
        }));

        return ShowtimeFigures.From("naive (everything posted at the start, 429s retried)", workspaces, channels, start, api);
    }

    private static async Task<JsonObject?> CallUntilAcceptedAsync(HttpClient client, SlackApiEmulator api, string method, JsonObject body, DateTimeOffset giveUp)
    {
        var clock = TimeProvider.System;
        while (clock.GetUtcNow() < giveUp)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(api.ApiBaseUrl, method)) { Content = new StringContent(body.ToJsonString()) };
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json; charset=utf-8");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "xoxb-naive");
            using var response = await client.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.TooManyRequests)
            {
                return JsonNode.Parse(await response.Content.ReadAsStringAsync()) as JsonObject;
            }

            await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1), clock);
        }

        return null;
    }
}
