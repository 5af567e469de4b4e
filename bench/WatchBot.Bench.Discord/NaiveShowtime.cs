using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using WatchBot.Emulators.Discord;

namespace WatchBot.Bench.Discord;

/// <summary>
/// The comparison: a bot that does nothing ahead of time and has no global queue. At the start it
/// posts, in every channel at once, the countdown message and the GO message; a 429 is waited out
/// (its <c>retry_after</c>) and the request sent again, the way a plain HTTP client with retries does.
/// </summary>
internal static class NaiveShowtime
{
    /// <summary>A naive bot still gives up eventually; this bounds the run.</summary>
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(3);

    public static async Task<ShowtimeFigures> RunAsync(int channels)
    {
        await using var api = await DiscordApiEmulator.StartAsync();
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1024, UseProxy = false });
        var clock = TimeProvider.System;
        var start = ShowtimeBenchmark.NextWholeSecond(clock.GetUtcNow() + TimeSpan.FromSeconds(3));
        Console.WriteLine($"Naive: posting countdown and GO in {channels} channels at {start:HH:mm:ss}");
        await Task.Delay(start - clock.GetUtcNow(), clock);

        var giveUp = start + GiveUpAfter;
        var unix = start.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        await Task.WhenAll(Enumerable.Range(0, channels).Select(async i =>
        {
            var channel = SignedInteractions.Channel(i);
            var countdown = $"⏳ **Movie night {i}** starts <t:{unix}:R> — press play at <t:{unix}:T>.";
            await PostUntilAcceptedAsync(client, api, channel, countdown, giveUp);
            await PostUntilAcceptedAsync(client, api, channel, $"▶ **GO!** **Movie night {i}** — press play now, from 0:00:00.", giveUp);
        }));

        return ShowtimeFigures.From($"naive (all at the start; gives up after {GiveUpAfter.TotalMinutes:F0} min)", channels, start, api, SignedInteractions.Channel);
    }

    private static async Task PostUntilAcceptedAsync(HttpClient client, DiscordApiEmulator api, string channel, string content, DateTimeOffset giveUp)
    {
        var clock = TimeProvider.System;
        var uri = new Uri($"{api.BaseUrl}/channels/{channel}/messages");
        while (clock.GetUtcNow() < giveUp)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, uri)
            {
                Content = JsonContent.Create(new JsonObject { ["content"] = content, ["allowed_mentions"] = new JsonObject { ["parse"] = new JsonArray() } }),
            };
            request.Headers.Add("Authorization", "Bot naive-token");
            using var response = await client.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.TooManyRequests)
            {
                return;
            }

            var body = await response.Content.ReadFromJsonAsync<JsonObject>();
            var retryAfter = body?["retry_after"]?.GetValue<double>() ?? 1;
            await Task.Delay(TimeSpan.FromSeconds(retryAfter), clock);
        }
    }
}
