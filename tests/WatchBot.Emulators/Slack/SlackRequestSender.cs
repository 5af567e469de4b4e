using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace WatchBot.Emulators.Slack;

/// <summary>
/// Plays Slack's side of the HTTP transport: sends slash commands, interactions and events to the
/// bot's /slack/* endpoints, signed as Slack signs them (v0 HMAC-SHA256 over the raw body). Knobs
/// make forged, stale and retried requests for the refusal tests.
/// </summary>
public sealed class SlackRequestSender(Uri botBaseUrl, string signingSecret, TimeProvider? time = null) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = botBaseUrl, Timeout = TimeSpan.FromSeconds(30) };
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private long _trigger;

    public HttpClient Http => _http;

    /// <summary>A slash command from <paramref name="userId"/> in <paramref name="channelId"/>; <paramref name="text"/> is what follows /watch.</summary>
    public Task<HttpResponseMessage> CommandAsync(string teamId, string channelId, string userId, string text, Uri? responseUrl = null, string command = "/watch", SigningOverrides? overrides = null) =>
        PostAsync("slack/commands", Form(CommandFields(teamId, channelId, userId, text, responseUrl, command)), "application/x-www-form-urlencoded", overrides);

    /// <summary>The form fields of a slash command, as Slack sends them.</summary>
    public Dictionary<string, string> CommandFields(string teamId, string channelId, string userId, string text, Uri? responseUrl = null, string command = "/watch")
    {
        ArgumentNullException.ThrowIfNull(userId);
        return new Dictionary<string, string>
        {
            ["token"] = "deprecated-verification-token",
            ["team_id"] = teamId,
            ["team_domain"] = "emulated",
            ["channel_id"] = channelId,
            ["channel_name"] = "movie-night",
            ["user_id"] = userId,
            ["user_name"] = "user-" + userId.ToLowerInvariant(),
            ["command"] = command,
            ["text"] = text,
            ["api_app_id"] = "A0EMULATOR",
            ["response_url"] = (responseUrl ?? new Uri("https://hooks.slack.invalid/commands/1/2/3")).ToString(),
            ["trigger_id"] = string.Create(CultureInfo.InvariantCulture, $"{Interlocked.Increment(ref _trigger)}.1.{Guid.NewGuid():N}"),
        };
    }

    /// <summary>A click on one of the bot's buttons (a block_actions payload in the <c>payload</c> form field).</summary>
    public Task<HttpResponseMessage> ClickAsync(string teamId, string channelId, string userId, string actionId, string value, SigningOverrides? overrides = null, string? actionTs = null) =>
        InteractionAsync(ClickPayload(teamId, channelId, userId, actionId, value, actionTs).ToJsonString(), overrides);

    /// <summary>The block_actions payload of a click, as Slack sends it in the <c>payload</c> form field.</summary>
    public JsonObject ClickPayload(string teamId, string channelId, string userId, string actionId, string value, string? actionTs = null)
    {
        ArgumentNullException.ThrowIfNull(userId);
        return new JsonObject
        {
            ["type"] = "block_actions",
            ["team"] = new JsonObject { ["id"] = teamId, ["domain"] = "emulated" },
            ["user"] = new JsonObject { ["id"] = userId, ["username"] = "user-" + userId.ToLowerInvariant(), ["team_id"] = teamId },
            ["api_app_id"] = "A0EMULATOR",
            ["container"] = new JsonObject { ["type"] = "message", ["channel_id"] = channelId },
            ["trigger_id"] = string.Create(CultureInfo.InvariantCulture, $"{Interlocked.Increment(ref _trigger)}.2.{Guid.NewGuid():N}"),
            ["channel"] = new JsonObject { ["id"] = channelId, ["name"] = "movie-night" },
            ["response_url"] = "https://hooks.slack.invalid/actions/1/2/3",
            ["actions"] = new JsonArray(new JsonObject
            {
                ["type"] = "button",
                ["action_id"] = actionId,
                ["block_id"] = "controls",
                ["value"] = value,
                ["action_ts"] = actionTs ?? string.Create(CultureInfo.InvariantCulture, $"{_time.GetUtcNow().ToUnixTimeSeconds()}.{Interlocked.Increment(ref _trigger):000000}"),
            }),
        };
    }

    /// <summary>Any interaction payload, as Slack sends it: <c>payload=&lt;url-encoded JSON&gt;</c>.</summary>
    public Task<HttpResponseMessage> InteractionAsync(string payloadJson, SigningOverrides? overrides = null) =>
        PostAsync("slack/interactions", Form(new Dictionary<string, string> { ["payload"] = payloadJson }), "application/x-www-form-urlencoded", overrides);

    /// <summary>An Events API request (url_verification or event_callback) as raw JSON.</summary>
    public Task<HttpResponseMessage> EventAsync(string json, SigningOverrides? overrides = null) =>
        PostAsync("slack/events", json, "application/json", overrides);

    /// <summary>Posts <paramref name="body"/> to <paramref name="path"/>, signed unless told otherwise.</summary>
    public Task<HttpResponseMessage> PostAsync(string path, string body, string contentType, SigningOverrides? overrides = null) =>
        PostAsync(path, Encoding.UTF8.GetBytes(body), contentType, overrides);

    /// <summary>Posts raw bytes (which need not be valid UTF-8), signed unless told otherwise.</summary>
    public async Task<HttpResponseMessage> PostAsync(string path, byte[] bytes, string contentType, SigningOverrides? overrides = null)
    {
        var timestamp = overrides?.Timestamp ?? _time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (overrides?.NoSignature != true)
        {
            request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
            request.Headers.Add("X-Slack-Signature", overrides?.Signature ?? Sign(overrides?.Secret ?? signingSecret, timestamp, bytes));
        }

        if (overrides?.RetryNum is { } retry)
        {
            request.Headers.Add("X-Slack-Retry-Num", retry.ToString(CultureInfo.InvariantCulture));
            request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        }

        return await _http.SendAsync(request);
    }

    /// <summary>Slack's v0 signature of a raw body.</summary>
    public static string Sign(string secret, string timestamp, byte[] body)
    {
        var basestring = Encoding.UTF8.GetBytes("v0:" + timestamp + ":").Concat(body).ToArray();
        return "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), basestring));
    }

    /// <summary>Form-encodes fields the way Slack does (spaces as +).</summary>
    public static string Form(IReadOnlyDictionary<string, string> fields) =>
        string.Join("&", fields.Select(f => Uri.EscapeDataString(f.Key) + "=" + Uri.EscapeDataString(f.Value).Replace("%20", "+", StringComparison.Ordinal)));

    public void Dispose() => _http.Dispose();
}

/// <summary>Ways to spoil or mark a request: wrong secret, fixed signature or timestamp, none, a retry header.</summary>
public sealed record SigningOverrides(string? Secret = null, string? Signature = null, string? Timestamp = null, bool NoSignature = false, int? RetryNum = null);
