using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using WatchBot.Emulators.Discord;

namespace WatchBot.Failover.Tests;

/// <summary>
/// Books one session per channel with signed <c>/watch schedule</c> interactions, round-robin over the
/// instances, a bounded number in flight (a closed loop: on loaded cores an open loop would only measure
/// the queue). Each interaction is told to the emulator before it is sent and its answer after, as
/// Discord knows both; the card's later edits go through that answer's token.
/// </summary>
internal static class Bookings
{
    private const int InFlight = 24;

    public static string Channel(int index) => (1_500_000_000_000_000_000L + index).ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// One movie night per server, as a bot in a thousand servers sees them: Discord limits scheduled
    /// events (100 per server) and rate-limits their routes per server, so a thousand bookings in one
    /// server would measure that server's limits, not the fleet.
    /// </summary>
    public static string Guild(int index) => (3_500_000_000_000_000_000L + index).ToString(CultureInfo.InvariantCulture);

    public static string User(int index) => (2_500_000_000_000_000_000L + index).ToString(CultureInfo.InvariantCulture);

    public static async Task<IReadOnlyList<Booking>> BookAsync(
        int count, DateTimeOffset start, IReadOnlyList<BotInstance> instances, DiscordApiEmulator api, Ed25519Signer signer, HttpClient client)
    {
        var at = start.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var results = new ConcurrentBag<Booking>();
        var next = -1;
        var workers = Enumerable.Range(0, InFlight).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
            {
                results.Add(await BookOneAsync(i, at, i % instances.Count, instances[i % instances.Count], api, signer, client));
            }
        });
        await Task.WhenAll(workers);
        return [.. results.OrderBy(b => b.Index)];
    }

    private static async Task<Booking> BookOneAsync(int i, string at, int instanceIndex, BotInstance instance, DiscordApiEmulator api, Ed25519Signer signer, HttpClient client)
    {
        var time = TimeProvider.System;
        var channel = Channel(i);
        var interaction = DiscordInteractions.Watch(
            "schedule",
            new Dictionary<string, string> { ["title"] = $"Failover night {i}", ["at"] = at },
            userId: User(i),
            name: $"host{i}",
            guildId: Guild(i),
            channelId: channel);
        api.Expect(interaction);
        var sent = time.GetTimestamp();
        try
        {
            using var request = DiscordInteractionSender.SignedRequest(instance.Interactions, signer, interaction.ToJsonString(), time.GetUtcNow());
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            var elapsed = time.GetElapsedTime(sent).TotalMilliseconds;
            if (!response.IsSuccessStatusCode)
            {
                return new Booking(i, channel, instanceIndex, false, $"HTTP {(int)response.StatusCode}", elapsed);
            }

            var answer = JsonNode.Parse(body);
            api.Answered(interaction, answer);
            var type = answer?["type"]?.GetValue<int>() ?? 0;
            var flags = answer?["data"]?["flags"]?.GetValue<int>() ?? 0;
            // Type 4 with the public card, or type 5: Discord's "thinking…", the bot's promise to answer
            // through the token (it does so under load); either way Discord shows the command accepted.
            var accepted = (type == 4 && (flags & 64) == 0) || type == 5;
            return new Booking(i, channel, instanceIndex, accepted, accepted ? "" : $"type {type} flags {flags}: {answer?["data"]?["content"]}", elapsed);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return new Booking(i, channel, instanceIndex, false, ex.GetType().Name + ": " + ex.Message, time.GetElapsedTime(sent).TotalMilliseconds);
        }
    }
}
