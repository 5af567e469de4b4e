using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace WatchBot.Emulators.Discord;

// Interaction answers as Discord keeps them (PROTOCOLS.md §1): the answer (type 4, or 5 then an edit
// of @original) is a message in the interaction's channel; GET/PATCH/DELETE …/messages/@original
// reach it and POST /webhooks/{app}/{token} adds follow-ups while the token lives (15 minutes of the
// emulator's clock; after that 401 with code 50027 Invalid Webhook Token). Requests are counted per
// route class: the global 50/s applies to the bot's routes, not to interaction endpoints (§3 "Global").
public sealed partial class DiscordApiEmulator
{
    /// <summary>How long an interaction token works (PROTOCOLS.md §1 "Deadline").</summary>
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromMinutes(15);

    /// <summary>How long a request on a token waits for the bot's HTTP answer to reach "Discord" (the sender reports it).</summary>
    private static readonly TimeSpan AnswerArrival = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<string, DiscordInteractionAnswer> _interactions = new(StringComparer.Ordinal);
    private long _globalRequests;
    private long _interactionRequests;

    /// <summary>Requests on routes under the global limit (channels, guilds, applications…).</summary>
    public long GlobalRouteRequests => Interlocked.Read(ref _globalRequests);

    /// <summary>Requests on interaction callbacks and webhooks (exempt from the global limit).</summary>
    public long InteractionRouteRequests => Interlocked.Read(ref _interactionRequests);

    /// <summary>The interaction with <paramref name="token"/> as Discord knows it, or null.</summary>
    public DiscordInteractionAnswer? InteractionOf(string token) => _interactions.TryGetValue(token, out var known) ? known : null;

    /// <summary>From now on the token of <paramref name="token"/>'s interaction is refused (as if it had expired).</summary>
    public void Revoke(string token)
    {
        if (_interactions.TryGetValue(token, out var known))
        {
            known.Revoked = true;
        }
    }

    /// <summary>Every interaction whose answer is a message the whole channel sees.</summary>
    public IReadOnlyList<DiscordInteractionAnswer> PublicAnswers =>
        [.. _interactions.Values.Where(a => a.CallbackType == 4 && !a.IsEphemeral && a.FirstBody is not null).OrderBy(a => a.IssuedAt)];

    /// <summary>Discord is about to send <paramref name="interaction"/> (HTTP transport): requests on its token wait for the answer.</summary>
    public void Expect(JsonNode interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        if (interaction["token"]?.GetValue<string>() is { } token)
        {
            _interactions[token] = new DiscordInteractionAnswer(
                interaction["id"]?.GetValue<string>() ?? "0", interaction["channel_id"]?.GetValue<string>() ?? "0", _time.GetUtcNow());
        }
    }

    /// <summary>The bot answered <paramref name="interaction"/> with <paramref name="answer"/> (the HTTP body, or a callback's).</summary>
    public void Answered(JsonNode interaction, JsonNode? answer)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        if (interaction["token"]?.GetValue<string>() is not { } token)
        {
            return;
        }

        if (!_interactions.TryGetValue(token, out var known))
        {
            Expect(interaction);
            known = _interactions[token];
        }

        TakeAnswer(known, answer as JsonObject);
    }

    private void TakeAnswer(DiscordInteractionAnswer known, JsonObject? answer)
    {
        known.CallbackType = answer?["type"]?.GetValue<int>() ?? 0;
        known.AnsweredAt = _time.GetUtcNow();
        if (known.CallbackType is 4 or 5)
        {
            known.MessageId = NextId();
            known.Body = answer?["data"] as JsonObject is { } data ? (JsonObject)data.DeepClone() : new JsonObject();
            known.FirstBody = (JsonObject)known.Body.DeepClone();
            _messages[known.MessageId] = known.Body["content"]?.GetValue<string>() ?? "";
        }

        known.MarkAnswered();
    }

    /// <summary>A request on an interaction token waits until the HTTP answer it depends on has arrived.</summary>
    private async Task AwaitAnswerAsync(string[] s)
    {
        if (s is ["webhooks", _, var token, ..] && _interactions.TryGetValue(token, out var known))
        {
            // Real time on purpose: this bounds a network arrival, not anything on the emulator's clock.
            try
            {
                await known.Answered.WaitAsync(AnswerArrival, TimeProvider.System);
            }
            catch (TimeoutException)
            {
                // Never answered: the request is served on what is known (no message yet).
            }
        }
    }

    private void CountRoute(bool isInteraction) =>
        Interlocked.Increment(ref isInteraction ? ref _interactionRequests : ref _globalRequests);

    private (int, JsonNode?) Callback(string interactionId, string token, string body, bool withResponse)
    {
        if (!_interactions.TryGetValue(token, out var known))
        {
            known = new DiscordInteractionAnswer(interactionId, "0", _time.GetUtcNow());
            _interactions[token] = known;
        }

        if (known.CallbackType != 0)
        {
            return (400, new JsonObject { ["message"] = "Interaction has already been acknowledged.", ["code"] = 40060 });
        }

        TakeAnswer(known, JsonNode.Parse(body.Length == 0 ? "{}" : body) as JsonObject);
        if (!withResponse)
        {
            return (204, null);
        }

        var resource = new JsonObject { ["type"] = known.CallbackType };
        if (known.MessageId is { } id)
        {
            resource["message"] = MessageObject(id, known.ChannelId, known.Body!.ToJsonString());
        }

        return (200, new JsonObject
        {
            ["interaction"] = new JsonObject { ["id"] = interactionId, ["type"] = 2 },
            ["resource"] = resource,
        });
    }

    private (int, JsonNode?) Original(string method, string token, string body)
    {
        if (!_interactions.TryGetValue(token, out var known))
        {
            // A token this emulator never saw (a test that answers by hand): edits succeed as they always did.
            return method == "PATCH" ? (200, MessageObject(NextId(), "0", body)) : (404, UnknownWebhook());
        }

        if (Expired(known) is { } expired)
        {
            return expired;
        }

        if (known.MessageId is not { } id)
        {
            return (404, new JsonObject { ["message"] = "Unknown Message", ["code"] = 10008 });
        }

        switch (method)
        {
            case "GET":
                return (200, MessageObject(id, known.ChannelId, known.Body!.ToJsonString()));
            case "DELETE":
                known.MessageId = null;
                _messages.TryRemove(id, out _);
                return (204, null);
            default:
                var edit = JsonNode.Parse(body.Length == 0 ? "{}" : body) as JsonObject ?? new JsonObject();
                foreach (var (key, value) in edit)
                {
                    known.Body![key] = value?.DeepClone();
                }

                _messages[id] = known.Body!["content"]?.GetValue<string>() ?? "";
                return (200, MessageObject(id, known.ChannelId, known.Body.ToJsonString()));
        }
    }

    private (int, JsonNode?) FollowUp(string token, string body)
    {
        if (!_interactions.TryGetValue(token, out var known))
        {
            return (200, MessageObject(NextId(), "0", body));
        }

        if (Expired(known) is { } expired)
        {
            return expired;
        }

        if (known.CallbackType == 0)
        {
            return (404, UnknownWebhook());
        }

        var id = NextId();
        var message = MessageObject(id, known.ChannelId, body);
        _messages[id] = message["content"]?.GetValue<string>() ?? "";
        return (200, message);
    }

    private (int, JsonNode?)? Expired(DiscordInteractionAnswer known) =>
        known.Revoked || _time.GetUtcNow() - known.IssuedAt >= TokenLifetime
            ? (401, new JsonObject { ["message"] = "Invalid Webhook Token", ["code"] = 50027 })
            : null;

    private static JsonObject UnknownWebhook() => new() { ["message"] = "Unknown Webhook", ["code"] = 10015 };
}
