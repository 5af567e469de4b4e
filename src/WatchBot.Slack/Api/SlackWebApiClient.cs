using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WatchBot.Slack.SocketMode;

namespace WatchBot.Slack.Api;

/// <summary>
/// The only place that calls Slack's Web API: JSON bodies with the bot token as a Bearer header,
/// <c>ok</c> checked on every answer, pacing per channel (chat.postMessage) and per method tier,
/// HTTP 429 + Retry-After honoured. Also opens Socket Mode connections with the app token.
/// </summary>
internal sealed class SlackWebApiClient : ISlackWebApi, ISocketModeUrlSource, IDisposable
{
    private static readonly MediaTypeHeaderValue Json = MediaTypeHeaderValue.Parse("application/json; charset=utf-8");

    private readonly HttpClient _http;
    private readonly SlackOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<SlackWebApiClient> _logger;
    private readonly ConcurrentDictionary<string, RateGate> _channelGates = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RateGate> _methodGates = new(StringComparer.Ordinal);

    public SlackWebApiClient(IOptions<SlackOptions> options, TimeProvider time, ILogger<SlackWebApiClient> logger)
        : this(new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }), options, time, logger)
    {
    }

    internal SlackWebApiClient(HttpClient http, IOptions<SlackOptions> options, TimeProvider time, ILogger<SlackWebApiClient> logger)
    {
        _options = options.Value;
        _http = http;
        _http.BaseAddress = new Uri(_options.ApiBaseUrl);
        _http.Timeout = TimeSpan.FromSeconds(15);
        _time = time;
        _logger = logger;
    }

    public Task<SlackApiResult> PostMessageAsync(string channel, SlackMessage message, CancellationToken cancellationToken) =>
        CallAsync("chat.postMessage", WithMessage(new JsonObject { ["channel"] = channel }, message), channel, _options.BotToken, cancellationToken);

    public Task<SlackApiResult> UpdateMessageAsync(string channel, string ts, SlackMessage message, CancellationToken cancellationToken) =>
        CallAsync("chat.update", WithMessage(new JsonObject { ["channel"] = channel, ["ts"] = ts }, message), null, _options.BotToken, cancellationToken);

    public Task<SlackApiResult> PostEphemeralAsync(string channel, string user, SlackMessage message, CancellationToken cancellationToken) =>
        CallAsync("chat.postEphemeral", WithMessage(new JsonObject { ["channel"] = channel, ["user"] = user }, message), null, _options.BotToken, cancellationToken);

    public Task<SlackApiResult> ScheduleMessageAsync(string channel, DateTimeOffset postAt, SlackMessage message, CancellationToken cancellationToken) =>
        CallAsync("chat.scheduleMessage", WithMessage(new JsonObject { ["channel"] = channel, ["post_at"] = postAt.ToUnixTimeSeconds() }, message), null, _options.BotToken, cancellationToken);

    public Task<SlackApiResult> DeleteScheduledMessageAsync(string channel, string scheduledMessageId, CancellationToken cancellationToken) =>
        CallAsync("chat.deleteScheduledMessage", new JsonObject { ["channel"] = channel, ["scheduled_message_id"] = scheduledMessageId }, null, _options.BotToken, cancellationToken);

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

    public void Dispose() => _http.Dispose();

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

    private async Task<SlackApiResult> CallAsync(string method, JsonObject body, string? channel, string? token, CancellationToken cancellationToken)
    {
        // Ids come from payloads checked on the way in; one that is not shaped like a Slack id is
        // never sent on (it could only be a bug or tampered storage).
        if (body["channel"] is JsonValue c && !SlackIds.IsChannel((string?)c) || body["user"] is JsonValue u && !SlackIds.IsUser((string?)u))
        {
            return Fail(method, "invalid_id_refused_locally");
        }

        var payload = body.ToJsonString();
        for (var attempt = 1; ; attempt++)
        {
            await PaceAsync(method, channel, cancellationToken);
            using var request = new HttpRequestMessage(HttpMethod.Post, method);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? "");
            request.Content = new StringContent(payload, Encoding.UTF8);
            request.Content.Headers.ContentType = Json;

            TimeSpan? retryIn;
            try
            {
                using var response = await _http.SendAsync(request, cancellationToken);
                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    retryIn = RetryAfter(response);
                    Log.RateLimited(_logger, method, retryIn.Value);
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

            if (attempt > _options.MaxRetries || retryIn > _options.MaxRetryAfter)
            {
                return Fail(method, "rate_limited_or_unavailable");
            }

            await Task.Delay(retryIn.Value, _time, cancellationToken);
        }
    }

    private async Task PaceAsync(string method, string? channel, CancellationToken cancellationToken)
    {
        var gate = channel is not null
            ? _channelGates.GetOrAdd(channel, _ => new RateGate(_options.PostBurst, _options.PostInterval, _time))
            : _methodGates.GetOrAdd(method, m => new RateGate(SlackMethodTiers.PerMinute(m), TimeSpan.FromMinutes(1) / SlackMethodTiers.PerMinute(m), _time));
        var wait = gate.Reserve();
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, _time, cancellationToken);
        }
    }

    private TimeSpan RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        return header?.Date is { } date && date > _time.GetUtcNow() ? date - _time.GetUtcNow() : TimeSpan.FromSeconds(1);
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
