using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace WatchBot.Emulators.Discord;

/// <summary>
/// A loopback Discord REST API (v10) with the endpoints WatchBot uses: it records every request,
/// enforces per-route buckets (route + top-level resource) and the global limit like Discord
/// (headers, 429 bodies with <c>retry_after</c>, <c>X-RateLimit-Scope</c>), and can be told to deny a
/// channel (403 with code 50013 or 50001). Interaction callbacks and webhooks are exempt from the global limit.
/// Guild scheduled events live in <c>DiscordApiEmulator.Events.cs</c>, channel objects in <c>DiscordApiEmulator.Channels.cs</c>.
/// </summary>
public sealed partial class DiscordApiEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<DiscordApiCall> _calls = new();
    private readonly ConcurrentDictionary<string, int> _denied = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _messages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BucketState> _buckets = new(StringComparer.Ordinal);
    private readonly Queue<DateTimeOffset> _globalWindow = new();
    private readonly TimeProvider _time;
    private const string RepeatedNonce = "watchbot.repeated-nonce";

    private long _nextId = 1_100_000_000_000_000_000;
    private int _rateLimited;

    private DiscordApiEmulator(WebApplication app, TimeProvider time)
    {
        _app = app;
        _time = time;
    }

    /// <summary>The API base to put in <c>Discord:ApiBaseUrl</c> (ends in <c>/api/v10</c>).</summary>
    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Requests per bucket window on channel routes. Default 5 per 5 s (what Discord announces for messages).</summary>
    public int BucketLimit { get; set; } = 5;

    public TimeSpan BucketWindow { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Global requests per second before a global 429. Default 50, like Discord.</summary>
    public int GlobalLimit { get; set; } = 50;

    /// <summary>What <c>GET /gateway/bot</c> answers as <c>url</c> (the gateway emulator's address).</summary>
    public string GatewayUrl { get; set; } = "wss://gateway.discord.gg";

    public IReadOnlyList<DiscordApiCall> Calls => [.. _calls];

    /// <summary>How many 429s were answered.</summary>
    public int RateLimitedCount => Volatile.Read(ref _rateLimited);

    /// <summary>Starts on 127.0.0.1 with a free port.</summary>
    public static async Task<DiscordApiEmulator> StartAsync(TimeProvider? time = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var emulator = new DiscordApiEmulator(app, time ?? TimeProvider.System);
        app.Map("/api/v10/{**path}", emulator.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        emulator.BaseUrl = new Uri(address.TrimEnd('/') + "/api/v10");
        return emulator;
    }

    /// <summary>From now on, writes to <paramref name="channelId"/> answer 403 with <paramref name="code"/> (50013 or 50001).</summary>
    public void Deny(string channelId, int code = 50013) => _denied[channelId] = code;

    public void Allow(string channelId) => _denied.TryRemove(channelId, out _);

    /// <summary>Current content of a message the bot created (after its edits).</summary>
    public string? MessageContent(string messageId) => _messages.TryGetValue(messageId, out var content) ? content : null;

    public void ClearCalls() => _calls.Clear();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var (body, files) = await ReadBodyAsync(request, context.RequestAborted);
        var path = "/" + ((string?)context.Request.RouteValues["path"] ?? "");
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        await AwaitAnswerAsync(segments);
        CountRoute(segments.Length > 0 && segments[0] is "interactions" or "webhooks");
        var (status, response) = FilesMismatch(body, files) ?? FilesRefused(segments, files) ?? Answer(context, request.Method, segments, body);
        if (status == 200 && response is JsonObject message && files.Count > 0)
        {
            message["attachments"] = new JsonArray([.. files.Select((f, i) => (JsonNode)new JsonObject { ["id"] = NextId(), ["filename"] = f.FileName, ["size"] = f.Bytes.Length, ["content_type"] = f.ContentType })]);
        }

        _calls.Enqueue(new DiscordApiCall(
            request.Method, path, body, request.Headers.Authorization.ToString(), request.Headers.UserAgent.ToString(), status, _time.GetUtcNow()) {
            Files = files,
            Repeated = context.Items.ContainsKey(RepeatedNonce),
            RateLimitScope = status == 429 ? context.Response.Headers["X-RateLimit-Scope"].ToString() : null,
        });
        context.Response.StatusCode = status;
        if (response is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(response.ToJsonString(), context.RequestAborted);
        }
    }

    private (int Status, JsonNode? Body) Answer(HttpContext context, string method, string[] s, string body)
    {
        var isInteraction = s.Length > 0 && s[0] is "interactions" or "webhooks";
        if (!isInteraction && !context.Request.Headers.Authorization.ToString().StartsWith("Bot ", StringComparison.Ordinal))
        {
            return (401, new JsonObject { ["message"] = "401: Unauthorized", ["code"] = 0 });
        }

        var (template, major) = Route(method, s);
        if (!isInteraction && GlobalExceeded(context) is { } global)
        {
            return global;
        }

        if (!isInteraction && BucketExceeded(context, template, major) is { } limited)
        {
            return limited;
        }

        if (s.Length >= 2 && s[0] == "channels" && _denied.TryGetValue(s[1], out var code))
        {
            return (403, new JsonObject { ["message"] = code == 50001 ? "Missing Access" : "Missing Permissions", ["code"] = code });
        }

        return (method, s) switch
        {
            ("GET", ["channels", var channel]) => GetChannel(channel),
            ("POST", ["channels", var channel, "messages"]) => CreateMessage(context, channel, body),
            ("PATCH", ["channels", var channel, "messages", var message]) => EditMessage(channel, message, body),
            (_, ["guilds", var guild, "scheduled-events"]) => ScheduledEvents(method, guild, null, body),
            (_, ["guilds", var guild, "scheduled-events", var id]) => ScheduledEvents(method, guild, id, body),
            ("POST", ["interactions", var id, var token, "callback"]) => Callback(id, token, body, context.Request.Query["with_response"] == "true"),
            (_, ["webhooks", _, var token, "messages", "@original"]) => Original(method, token, body),
            ("POST", ["webhooks", _, var token]) => FollowUp(token, body),
            ("PUT", ["applications", _, "commands"]) or ("PUT", ["applications", _, "guilds", _, "commands"]) =>
                (200, JsonNode.Parse(body.Length == 0 ? "[]" : body)),
            ("GET", ["gateway", "bot"]) => (200, new JsonObject
            {
                ["url"] = GatewayUrl,
                ["shards"] = 1,
                ["session_start_limit"] = new JsonObject { ["total"] = 1000, ["remaining"] = 999, ["reset_after"] = 14400000, ["max_concurrency"] = 1 },
            }),
            _ => (404, new JsonObject { ["message"] = "404: Not Found", ["code"] = 0 }),
        };
    }

    private (int, JsonNode?) CreateMessage(HttpContext context, string channel, string body)
    {
        var sent = Sent(body);
        if (ComponentsRefused(sent) is { } refused)
        {
            return refused;
        }

        var answer = CreateOnce(sent, () =>
        {
            var id = NextId();
            var message = MessageObject(id, channel, body);
            _messages[id] = message["content"]?.GetValue<string>() ?? "";
            KeepComponents(id, channel, sent);
            return (200, message);
        }, out var repeated);
        if (repeated)
        {
            context.Items[RepeatedNonce] = true;
        }

        return answer;
    }

    private (int, JsonNode?) EditMessage(string channel, string id, string body)
    {
        if (!_messages.ContainsKey(id))
        {
            return (404, new JsonObject { ["message"] = "Unknown Message", ["code"] = 10008 });
        }

        var sent = Sent(body);
        if (ComponentsRefused(sent) is { } refused)
        {
            return refused;
        }

        var message = MessageObject(id, channel, body);
        if (message["content"] is { } content)
        {
            _messages[id] = content.GetValue<string>();
        }

        KeepComponents(id, channel, sent);
        return (200, message);
    }

    private static JsonObject Sent(string body) => body.Length == 0 ? new JsonObject() : JsonNode.Parse(body) as JsonObject ?? new JsonObject();

    private static JsonObject MessageObject(string id, string channel, string body)
    {
        var sent = body.Length == 0 ? new JsonObject() : JsonNode.Parse(body) as JsonObject ?? new JsonObject();
        return new JsonObject
        {
            ["id"] = id,
            ["channel_id"] = channel,
            ["type"] = 0,
            ["content"] = sent["content"]?.GetValue<string>() ?? "",
            ["author"] = new JsonObject { ["id"] = "1", ["username"] = "WatchBot", ["bot"] = true },
        };
    }

    private string NextId() => Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);

    private static (string Template, string Major) Route(string method, string[] s) => s switch
    {
        ["channels", var c] => ($"{method} /channels", c),
        ["channels", var c, "messages"] => ($"{method} /channels/messages", c),
        ["channels", var c, "messages", _] => ($"{method} /channels/messages/id", c),
        ["applications", var a, "commands"] => ($"{method} /applications/commands", a),
        ["applications", _, "guilds", var g, "commands"] => ($"{method} /applications/guilds/commands", g),
        ["guilds", var g, "scheduled-events"] => ($"{method} /guilds/scheduled-events", g),
        ["guilds", var g, "scheduled-events", _] => ($"{method} /guilds/scheduled-events/id", g),
        _ => ($"{method} /{string.Join('/', s.Take(1))}", ""),
    };
}
