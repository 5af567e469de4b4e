using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace WatchBot.Emulators.Slack;

/// <summary>
/// A loopback Slack Web API: chat.postMessage / update / postEphemeral / scheduleMessage /
/// deleteScheduledMessage, users.info and apps.connections.open, each call recorded. Like Slack it answers
/// HTTP 200 with <c>ok:false</c> on errors, paces chat.postMessage per channel (about one a second
/// after a short burst; over it: 429 + Retry-After), and can be told to fail (<c>not_in_channel</c>…).
/// Per-workspace method tiers are opt-in (<see cref="WorkspacePerMinute"/>). It also takes <c>response_url</c> POSTs at <c>/response/{id}</c>.
/// </summary>
public sealed partial class SlackApiEmulator : IAsyncDisposable
{
    private readonly ConcurrentQueue<SlackApiCall> _calls = new();
    private readonly ConcurrentQueue<JsonObject> _responses = new();
    private readonly ConcurrentDictionary<string, string> _failNext = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _failChannel = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _rateLimitNext = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ScheduledMessage> _scheduled = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (double Tokens, DateTimeOffset At)> _channelBuckets = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private readonly WebApplication _app;
    private long _sequence;

    private SlackApiEmulator(WebApplication app, TimeProvider time)
    {
        _app = app;
        _time = time;
    }

    /// <summary>Where the bot's <c>Slack:ApiBaseUrl</c> should point (ends in <c>/api/</c>).</summary>
    public Uri ApiBaseUrl { get; private set; } = null!;

    /// <summary>What apps.connections.open hands out: set it to the Socket Mode server's URL.</summary>
    public Uri SocketModeUrl { get; set; } = new("ws://127.0.0.1:1/socket");

    /// <summary>
    /// When set, called for every apps.connections.open instead of <see cref="SocketModeUrl"/>: Slack's
    /// URLs are single-use, so pass the Socket Mode server's <c>NewConnectionUrl</c> here.
    /// </summary>
    public Func<Uri>? SocketModeUrlFactory { get; set; }

    /// <summary>chat.postMessage per channel: messages allowed at once. Default 3.</summary>
    public int PostBurst { get; set; } = 3;

    /// <summary>chat.postMessage per channel: one more message per this interval. Default 1 s.</summary>
    public TimeSpan PostInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>When set, chat.* calls with another Bearer token get <c>invalid_auth</c>.</summary>
    public string? ExpectedBotToken { get; set; }

    /// <summary>When set, apps.connections.open with another Bearer token gets <c>invalid_auth</c>.</summary>
    public string? ExpectedAppToken { get; set; }

    public IReadOnlyList<SlackApiCall> Calls => [.. _calls];

    /// <summary>The bodies POSTed to response URLs (ephemeral notes).</summary>
    public IReadOnlyList<JsonObject> ResponseUrlPosts => [.. _responses];

    public IEnumerable<SlackApiCall> CallsOf(string method) => _calls.Where(c => c.Method == method);

    public static async Task<SlackApiEmulator> StartAsync(TimeProvider? time = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(EmulatorAssembly.Loopback);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var emulator = new SlackApiEmulator(app, time ?? TimeProvider.System);
        app.MapPost("/api/{method}", (Delegate)emulator.HandleAsync);
        app.MapPost("/response/{id}", (Delegate)emulator.ResponseAsync);
        app.MapPost("/upload/{id}", (Delegate)emulator.UploadAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        emulator.ApiBaseUrl = new Uri(address.TrimEnd('/') + "/api/");
        return emulator;
    }

    /// <summary>A response_url served by this emulator.</summary>
    public Uri ResponseUrl(string id) => new(ApiBaseUrl, "/response/" + Uri.EscapeDataString(id));

    /// <summary>The next call of <paramref name="method"/> answers <c>ok:false</c> with <paramref name="error"/>.</summary>
    public void FailNext(string method, string error) => _failNext[method] = error;

    /// <summary>Every call naming <paramref name="channel"/> fails with <paramref name="error"/> until cleared (null).</summary>
    public void FailChannel(string channel, string? error)
    {
        if (error is null)
        {
            _failChannel.TryRemove(channel, out _);
        }
        else
        {
            _failChannel[channel] = error;
        }
    }

    /// <summary>The next call of <paramref name="method"/> gets HTTP 429 with Retry-After.</summary>
    public void RateLimitNext(string method, int retryAfterSeconds) => _rateLimitNext[method] = retryAfterSeconds;

    /// <summary>Plays Slack posting a scheduled message now: it becomes a message and can no longer be deleted.</summary>
    public bool PostScheduledNow(string scheduledMessageId)
    {
        if (!_scheduled.TryRemove(scheduledMessageId, out var message))
        {
            return false;
        }

        _calls.Enqueue(new SlackApiCall("(scheduled post)", null, null, message.Body, 200, null) { At = _time.GetUtcNow() });
        return true;
    }

    /// <summary>The scheduled messages still pending, by id.</summary>
    public IReadOnlyDictionary<string, JsonObject> Scheduled => _scheduled.ToDictionary(p => p.Key, p => p.Value.Body);

    /// <summary>Waits (polling, bounded) until <paramref name="condition"/> holds over the calls so far.</summary>
    public async Task<IReadOnlyList<SlackApiCall>> WaitForAsync(Func<IReadOnlyList<SlackApiCall>, bool> condition, TimeSpan? timeout = null)
    {
        var deadline = TimeProvider.System.GetTimestamp() + (long)((timeout ?? EmulatorAssembly.Patience).TotalSeconds * TimeProvider.System.TimestampFrequency);
        while (true)
        {
            var calls = Calls;
            if (condition(calls))
            {
                return calls;
            }

            if (TimeProvider.System.GetTimestamp() > deadline)
            {
                throw new TimeoutException("The Slack emulator did not see the expected calls. Seen: " + string.Join(", ", calls.Select(c => c.Method + (c.Error is null ? "" : "!" + c.Error))));
            }

            await Task.Delay(TimeSpan.FromMilliseconds(20), TimeProvider.System);
        }
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task ResponseAsync(HttpContext context)
    {
        if (await JsonNode.ParseAsync(context.Request.Body) is JsonObject body)
        {
            _responses.Enqueue(body);
        }

        context.Response.StatusCode = 200;
    }

    private async Task HandleAsync(HttpContext context, string method)
    {
        var auth = context.Request.Headers.Authorization.ToString();
        var token = auth.StartsWith("Bearer ", StringComparison.Ordinal) ? auth["Bearer ".Length..] : null;
        JsonObject body;
        try
        {
            body = context.Request.HasFormContentType
                ? await ReadFormAsync(context.Request)
                : await JsonNode.ParseAsync(context.Request.Body) as JsonObject ?? [];
        }
        catch (JsonException)
        {
            await AnswerAsync(context, new SlackApiCall(method, token, context.Request.ContentType, [], 200, "invalid_json") { At = _time.GetUtcNow() }, null);
            return;
        }

        var call = new SlackApiCall(method, token, context.Request.ContentType, body, 200, null) { At = _time.GetUtcNow() };
        if (_rateLimitNext.TryRemove(method, out var retryAfter)
            || !TakeWorkspaceSlot(method, call.Channel, out retryAfter)
            || (method == "chat.postMessage" && !TakePostSlot(call.Channel ?? "", out retryAfter)))
        {
            _calls.Enqueue(call with { Status = 429, Error = "ratelimited" });
            context.Response.StatusCode = 429;
            context.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
            return;
        }

        var error = Check(method, token, call.Channel) ?? BlocksRefused(method, body);
        var result = error is not null ? null : method == "users.info" ? await UserInfoAsync(body) : Result(method, body);
        if (result is not null && result["error"] is null)
        {
            KeepBlocks(method, body, result);
        }
        await AnswerAsync(context, call with { Error = error }, result);
    }

    private string? Check(string method, string? token, string? channel)
    {
        var expected = method == "apps.connections.open" ? ExpectedAppToken : ExpectedBotToken;
        if (token is null || (expected is not null && token != expected))
        {
            return token is null ? "not_authed" : "invalid_auth";
        }

        if (_failNext.TryRemove(method, out var error))
        {
            return error;
        }

        return channel is not null && _failChannel.TryGetValue(channel, out var channelError) ? channelError : null;
    }

    private JsonObject Result(string method, JsonObject body)
    {
        var ts = NextTs();
        switch (method)
        {
            case "chat.postMessage":
                return new JsonObject { ["channel"] = body["channel"]?.DeepClone(), ["ts"] = ts, ["message"] = new JsonObject { ["text"] = body["text"]?.DeepClone(), ["ts"] = ts } };
            case "chat.update":
                return new JsonObject { ["channel"] = body["channel"]?.DeepClone(), ["ts"] = body["ts"]?.DeepClone(), ["text"] = body["text"]?.DeepClone() };
            case "chat.postEphemeral":
                return new JsonObject { ["message_ts"] = ts };
            case "chat.scheduleMessage":
                var id = "Q" + ts.Replace(".", "", StringComparison.Ordinal);
                _scheduled[id] = new ScheduledMessage(body);
                return new JsonObject { ["channel"] = body["channel"]?.DeepClone(), ["scheduled_message_id"] = id, ["post_at"] = body["post_at"]?.DeepClone() };
            case "chat.deleteScheduledMessage":
                var scheduledId = body["scheduled_message_id"]?.GetValue<string>() ?? "";
                return _scheduled.TryRemove(scheduledId, out _) ? [] : new JsonObject { ["error"] = "invalid_scheduled_message_id" };
            case "apps.connections.open":
                return new JsonObject { ["url"] = (SocketModeUrlFactory?.Invoke() ?? SocketModeUrl).ToString() };
            default:
                return FilesResult(method, body) ?? new JsonObject { ["error"] = "unknown_method" };
        }
    }

    private async Task AnswerAsync(HttpContext context, SlackApiCall call, JsonObject? result)
    {
        // A result carrying "error" is a failure decided while building it (unknown id, unknown method).
        var error = call.Error ?? result?["error"]?.GetValue<string>();
        var answer = error is null ? result! : new JsonObject { ["error"] = error };
        answer["ok"] = error is null;
        _calls.Enqueue(call with { Error = error, Answer = answer });
        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(answer.ToJsonString());
    }

    private bool TakePostSlot(string channel, out int retryAfterSeconds)
    {
        var now = _time.GetUtcNow();
        var granted = false;
        var bucket = _channelBuckets.AddOrUpdate(
            channel,
            _ =>
            {
                granted = true;
                return (PostBurst - 1, now);
            },
            (_, b) =>
            {
                var tokens = Math.Min(PostBurst, b.Tokens + ((now - b.At) / PostInterval));
                granted = tokens >= 1;
                return (granted ? tokens - 1 : tokens, now);
            });
        retryAfterSeconds = granted ? 0 : Math.Max(1, (int)Math.Ceiling((1 - bucket.Tokens) * PostInterval.TotalSeconds));
        return granted;
    }

    private string NextTs() =>
        string.Create(CultureInfo.InvariantCulture, $"{_time.GetUtcNow().ToUnixTimeSeconds()}.{Interlocked.Increment(ref _sequence):000000}");

    private sealed record ScheduledMessage(JsonObject Body);
}
