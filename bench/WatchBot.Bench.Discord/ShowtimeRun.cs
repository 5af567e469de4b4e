using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using WatchBot.Bench.Common;
using WatchBot.Emulators.Discord;

namespace WatchBot.Bench.Discord;

/// <summary>
/// One showtime run of the real bot (one instance or a fleet, <see cref="ShowtimeFleet"/>): N bookings
/// at a fixed rate (each interaction told to the emulator, which keeps its answer as Discord would),
/// Ready pressed in a share of the channels in the minute before the start, then every GO waited for.
/// </summary>
internal static class ShowtimeRun
{
    /// <summary>Pressed where the card's answer carried no Ready button (it should not happen): the bot answers politely, no token is worth counting.</summary>
    private const string NoReadyButton = "watch:ready:none";

    public static async Task<(ShowtimeFigures Figures, LatencyReport Booking)> RunAsync(int channels, ShowtimeSetup setup, int bookingPerSecond)
    {
        var (name, readyShare) = (setup.Name, setup.ReadyShare);
        using var signer = Ed25519Signer.Test();
        var signed = new SignedInteractions(signer);
        await using var api = await DiscordApiEmulator.StartAsync();
        await using var fleet = await ShowtimeFleet.StartAsync(setup.Instances, api, signer, setup.Options);
        using var client = OpenLoopLoad.LoopbackClient();

        // Far enough ahead that every card is out before the countdown lead (1 min) begins, at the
        // 45/s the bot allows itself when it posts them: booking N, then N posts, plus a margin.
        var clock = TimeProvider.System;
        var bookingTime = TimeSpan.FromSeconds(channels / (double)bookingPerSecond + channels / 45.0 + 15);
        var start = ShowtimeBenchmark.NextWholeSecond(clock.GetUtcNow() + TimeSpan.FromMinutes(1) + bookingTime);
        var at = start.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        Console.WriteLine($"{name}: booking {channels} sessions for {at} ({(start - clock.GetUtcNow()).TotalSeconds:F0} s from now)");

        var interactions = new JsonObject[channels];
        var readyIds = new ConcurrentDictionary<int, string>();
        var booking = await OpenLoopLoad.RunAsync(
            "booking /watch schedule",
            client,
            i => Sent(api, signed, fleet.For(i), interactions, i, DiscordInteractions.Watch(
                "schedule",
                new Dictionary<string, string> { ["title"] = $"Movie night {i}", ["at"] = at },
                userId: SignedInteractions.User(i),
                name: $"host{i}",
                channelId: SignedInteractions.Channel(i))),
            response => Answered(api, interactions, response, readyIds),
            bookingPerSecond,
            TimeSpan.FromSeconds(channels / (double)bookingPerSecond));
        Console.WriteLine(booking);

        var pressing = (int)(channels * readyShare);
        ReadyIdsFromEdits(api, channels, readyIds);
        var tokens = new ConcurrentDictionary<int, bool>();
        if (pressing > 0)
        {
            // Pressed from 50 s before the start, during the countdown, by someone else than the host.
            var wait = start - TimeSpan.FromSeconds(50) - clock.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, clock);
            }

            var presses = new JsonObject[channels];
            var pressed = await OpenLoopLoad.RunAsync(
                "Ready pressed",
                client,
                i => Sent(api, signed, fleet.For(i * channels / pressing), presses, i, DiscordInteractions.Click(
                    readyIds.TryGetValue(i * channels / pressing, out var id) ? id : NoReadyButton,
                    userId: SignedInteractions.User(channels + i),
                    name: $"fan{i}",
                    channelId: SignedInteractions.Channel(i * channels / pressing))),
                response => Answered(api, presses, response, null) && Pressed(presses, response, tokens),
                bookingPerSecond,
                TimeSpan.FromSeconds(pressing / (double)bookingPerSecond));
            Console.WriteLine(pressed);
        }

        await ShowtimeWait.ForGoAsync(api, channels, start);
        return (ShowtimeFigures.From(name, channels, start, api, SignedInteractions.Channel) with { TokenChannels = tokens.Count }, booking);
    }

    /// <summary>The signed request for interaction <paramref name="i"/>, told to the emulator first (as Discord knows what it sent).</summary>
    private static HttpRequestMessage Sent(DiscordApiEmulator api, SignedInteractions signed, BotUnderTest bot, JsonObject[] sent, int i, JsonObject interaction)
    {
        sent[i] = interaction;
        api.Expect(interaction);
        var request = signed.Post(bot.Interactions, interaction);
        request.Headers.Add("X-Bench-Index", i.ToString(CultureInfo.InvariantCulture));
        return request;
    }

    /// <summary>
    /// The Ready button of cards that were not in the answer itself (deferred, then drawn through
    /// <c>@original</c>: a slower store answers "thinking…" first), read from the emulator's record.
    /// </summary>
    private static void ReadyIdsFromEdits(DiscordApiEmulator api, int channels, ConcurrentDictionary<int, string> readyIds)
    {
        var index = Enumerable.Range(0, channels).ToDictionary(SignedInteractions.Channel, i => i);
        foreach (var call in api.Calls.Where(c => c.IsOriginalEdit && c.Status is >= 200 and < 300))
        {
            if (api.InteractionOf(call.Path.Split('/')[3]) is { } interaction && index.TryGetValue(interaction.ChannelId, out var i)
                && !readyIds.ContainsKey(i) && ReadyIn(call.Json?["components"]) is { } ready)
            {
                readyIds[i] = ready;
            }
        }
    }

    private static string? ReadyIn(JsonNode? components) =>
        components is JsonArray rows
            ? rows.SelectMany(r => r?["components"]?.AsArray() ?? []).Select(b => b?["custom_id"]?.GetValue<string>())
                .FirstOrDefault(id => id?.StartsWith("watch:ready:", StringComparison.Ordinal) == true)
            : null;

    /// <summary>Counts a channel whose fan pressed its card's real Ready button and was answered: the bot holds a token there.</summary>
    private static bool Pressed(JsonObject[] presses, HttpResponseMessage response, ConcurrentDictionary<int, bool> tokens)
    {
        var i = int.Parse(response.RequestMessage!.Headers.GetValues("X-Bench-Index").First(), CultureInfo.InvariantCulture);
        if (presses[i]["data"]?["custom_id"]?.GetValue<string>() is { } id && id != NoReadyButton)
        {
            tokens.TryAdd(i, true);
        }

        return true;
    }

    /// <summary>Tells the emulator the answer (buffered by the load runner) and keeps the card's Ready id.</summary>
    private static bool Answered(DiscordApiEmulator api, JsonObject[] sent, HttpResponseMessage response, ConcurrentDictionary<int, string>? readyIds)
    {
        if (!response.IsSuccessStatusCode || response.RequestMessage?.Headers.TryGetValues("X-Bench-Index", out var values) != true)
        {
            return false;
        }

        var i = int.Parse(values!.First(), CultureInfo.InvariantCulture);
        var answer = JsonNode.Parse(response.Content.ReadAsStringAsync().GetAwaiter().GetResult());
        api.Answered(sent[i], answer);
        if (readyIds is not null && ReadyIn(answer?["data"]?["components"]) is { } ready)
        {
            readyIds[i] = ready;
        }

        return true;
    }
}
