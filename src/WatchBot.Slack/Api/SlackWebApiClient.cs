using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Diagnostics;
using WatchBot.Platform.RateLimits;
using WatchBot.Slack.SocketMode;

namespace WatchBot.Slack.Api;

/// <summary>
/// The only place that calls Slack's Web API: JSON bodies with the bot token as a Bearer header,
/// <c>ok</c> checked on every answer, paced as Slack counts (<see cref="SlackRateKeys"/>: chat.postMessage
/// per channel, other methods per workspace at their tier), HTTP 429 + Retry-After honoured by holding
/// that key back. Also opens Socket Mode connections with the app token.
/// </summary>
internal sealed class SlackWebApiClient : ISlackWebApi, ISocketModeUrlSource, IDisposable
{
    private static readonly MediaTypeHeaderValue Json = MediaTypeHeaderValue.Parse("application/json; charset=utf-8");

    private readonly HttpClient _http;
    private readonly SlackOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<SlackWebApiClient> _logger;
    private readonly KeyedRateGate _gate;
    private readonly WatchBotMetrics? _metrics;

    public SlackWebApiClient(IOptions<SlackOptions> options, TimeProvider time, ILogger<SlackWebApiClient> logger, WatchBotMetrics? metrics = null)
        : this(new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }), options, time, logger) =>
        _metrics = metrics;

    internal SlackWebApiClient(HttpClient http, IOptions<SlackOptions> options, TimeProvider time, ILogger<SlackWebApiClient> logger)
    {
        _options = options.Value;
        _http = http;
        _http.BaseAddress = new Uri(_options.ApiBaseUrl);
        _http.Timeout = TimeSpan.FromSeconds(15);
        _time = time;
        _logger = logger;
        _gate = new KeyedRateGate(time, key => SlackRateKeys.LimitOf(key, _options));
    }

    public Task<SlackApiResult> PostMessageAsync(ChannelAddress channel, SlackMessage message, CancellationToken cancellationToken) =>
        CallAsync("chat.postMessage", WithMessage(new JsonObject { ["channel"] = channel.ChannelId }, message), channel, _options.BotToken, cancellationToken);

    public Task<SlackApiResult> UpdateMessageAsync(ChannelAddress channel, string ts, SlackMessage message, CancellationToken cancellationToken) =>
        CallAsync("chat.update", WithMessage(new JsonObject { ["channel"] = channel.ChannelId, ["ts"] = ts }, message), channel, _options.BotToken, cancellationToken);

    public Task<SlackApiResult> PostEphemeralAsync(ChannelAddress channel, string user, SlackMessage message, CancellationToken cancellationToken) =>
        CallAsync("chat.postEphemeral", WithMessage(new JsonObject { ["channel"] = channel.ChannelId, ["user"] = user }, message), channel, _options.BotToken, cancellationToken);

    public Task<SlackApiResult> ScheduleMessageAsync(ChannelAddress channel, DateTimeOffset postAt, SlackMessage message, CancellationToken cancellationToken) =>
        CallAsync("chat.scheduleMessage", WithMessage(new JsonObject { ["channel"] = channel.ChannelId, ["post_at"] = postAt.ToUnixTimeSeconds() }, message), channel, _options.BotToken, cancellationToken);

    public Task<SlackApiResult> DeleteScheduledMessageAsync(ChannelAddress channel, string scheduledMessageId, CancellationToken cancellationToken) =>
        CallAsync("chat.deleteScheduledMessage", new JsonObject { ["channel"] = channel.ChannelId, ["scheduled_message_id"] = scheduledMessageId }, channel, _options.BotToken, cancellationToken);

    /// <summary>
    /// Form-encoded, not JSON: Slack's read methods take their arguments as form fields or query
    /// parameters. Paced per workspace; the team is only the rate key (the token names the workspace).
    /// </summary>
    public Task<SlackApiResult> UserInfoAsync(string teamId, string userId, CancellationToken cancellationToken) =>
        CallAsync("users.info", new JsonObject { ["user"] = userId }, new ChannelAddress(SlackPlatform.Name, teamId, ""), _options.BotToken, cancellationToken, form: true);

    public Task<SlackApiResult> GetUploadUrlAsync(ChannelAddress channel, string fileName, int length, string altText, CancellationToken cancellationToken) =>
        CallAsync(
            "files.getUploadURLExternal",
            new JsonObject { ["filename"] = fileName, ["length"] = length.ToString(CultureInfo.InvariantCulture), ["alt_txt"] = altText },
            channel,
            _options.BotToken,
            cancellationToken,
            form: true);

    public async Task<SlackApiResult> UploadAsync(Uri uploadUrl, byte[] bytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(uploadUrl);

        // Only to Slack's own upload host, or to the configured API's host (the emulator): never the
        // bot token, and never anywhere an answer could point us.
        if (!SlackUploadHost.IsAllowed(uploadUrl, _http.BaseAddress))
        {
            return Fail("file upload", "upload_url_refused_locally");
        }

        using var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        try
        {
            using var response = await _http.PostAsync(uploadUrl, content, cancellationToken);
            return response.IsSuccessStatusCode
                ? new SlackApiResult(true, null, null)
                : Fail("file upload", string.Create(CultureInfo.InvariantCulture, $"http_{(int)response.StatusCode}"));
        }
        catch (Exception ex) when (ex is HttpRequestException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            Log.ApiRequestFailed(_logger, ex, "file upload", 1);
            return Fail("file upload", "request_failed");
        }
    }

    public Task<SlackApiResult> CompleteUploadAsync(ChannelAddress channel, string fileId, string title, CancellationToken cancellationToken) =>
        CallAsync(
            "files.completeUploadExternal",
            new JsonObject
            {
                ["files"] = new JsonArray(new JsonObject { ["id"] = fileId, ["title"] = title }).ToJsonString(),
                ["channel_id"] = channel.ChannelId,
            },
            channel,
            _options.BotToken,
            cancellationToken,
            form: true);

    /// <summary>apps.connections.open with the APP token in the Authorization header (as a body field it is refused).</summary>
    public async Task<Uri> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var result = await CallAsync("apps.connections.open", new JsonObject(), null, _options.AppToken, cancellationToken);
        var url = result.Get("url");
        if (!result.Ok || url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            throw new SlackApiException("apps.connections.open", result.Error ?? "no_url");
        }

        return uri;
    }

    public void Dispose()
    {
        _gate.Dispose();
        _http.Dispose();
    }

    private static JsonObject WithMessage(JsonObject body, SlackMessage message)
    {
        // link_names is never sent (it would turn "@here" typed in a title into a ping); parse=none
        // keeps Slack from turning names and links in text into anything live.
        body["text"] = message.Text;
        body["parse"] = "none";
        body["unfurl_links"] = false;
        body["unfurl_media"] = false;
        if (message.Blocks is not null)
        {
            body["blocks"] = message.Blocks.DeepClone();
        }

        return body;
    }

    private async Task<SlackApiResult> CallAsync(string method, JsonObject body, ChannelAddress? channel, string? token, CancellationToken cancellationToken, bool form = false)
    {
        // Ids come from payloads checked on the way in; one that is not shaped like a Slack id is
        // never sent on (it could only be a bug or tampered storage).
        if (body["channel"] is JsonValue c && !SlackIds.IsChannel((string?)c) || body["user"] is JsonValue u && !SlackIds.IsUser((string?)u))
        {
            return Fail(method, "invalid_id_refused_locally");
        }

        var payload = body.ToJsonString();
        var key = SlackRateKeys.For(method, channel);
        for (var attempt = 1; ; attempt++)
        {
            TimeSpan retryIn;
            var heldByGate = false;
            using (await _gate.WaitAsync(key, cancellationToken))
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, method);
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? "");
                if (form)
                {
                    request.Content = new FormUrlEncodedContent(body.Select(p => KeyValuePair.Create(p.Key, p.Value?.ToString() ?? "")));
                }
                else
                {
                    request.Content = new StringContent(payload, Encoding.UTF8);
                    request.Content.Headers.ContentType = Json;
                }

                try
                {
                    using var response = await _http.SendAsync(request, cancellationToken);
                    _metrics?.RestAnswered(SlackPlatform.Name, method, (int)response.StatusCode);
                    if (response.StatusCode == HttpStatusCode.TooManyRequests)
                    {
                        // Nothing of this key goes before Slack's wait is over, this retry included.
                        retryIn = RetryAfter.From(response.Headers.RetryAfter, _time.GetUtcNow(), TimeSpan.FromSeconds(1));
                        _gate.Block(key, retryIn);
                        heldByGate = true;
                        Log.RateLimited(_logger, method, retryIn);
                    }
                    else if (!response.IsSuccessStatusCode)
                    {
                        if ((int)response.StatusCode < 500)
                        {
                            return Fail(method, string.Create(CultureInfo.InvariantCulture, $"http_{(int)response.StatusCode}"));
                        }

                        retryIn = TimeSpan.FromSeconds(attempt);
                    }
                    else
                    {
                        return Read(method, await response.Content.ReadAsStringAsync(cancellationToken));
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
                {
                    Log.ApiRequestFailed(_logger, ex, method, attempt);
                    retryIn = TimeSpan.FromSeconds(attempt);
                }
            }

            if (attempt > _options.MaxRetries || retryIn > _options.MaxRetryAfter)
            {
                return Fail(method, "rate_limited_or_unavailable");
            }

            if (!heldByGate)
            {
                await Task.Delay(retryIn, _time, cancellationToken);
            }
        }
    }

    private SlackApiResult Read(string method, string text)
    {
        var result = SlackApiResult.Parse(text);
        if (!result.Ok)
        {
            Log.ApiError(_logger, method, result.Error!);
        }

        return result;
    }

    private SlackApiResult Fail(string method, string error)
    {
        Log.ApiError(_logger, method, error);
        return SlackApiResult.Failed(error);
    }
}
