using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WatchBot.Discord.Gateway;
using WatchBot.Engine.Diagnostics;
using WatchBot.Platform.RateLimits;

namespace WatchBot.Discord.Rest;

/// <summary>
/// The one HTTP client to Discord's REST API: bot auth, a proper User-Agent, per-bucket limits,
/// the global ceiling (interaction answers exempt), 429s waited out and retried, invalid responses
/// counted. HTTP errors come back as <see cref="DiscordResult"/> values.
/// </summary>
public sealed class DiscordRestClient : IDiscordRestClient, IGatewayUrlSource, IDisposable
{
    private readonly HttpClient _http;
    private readonly DiscordOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<DiscordRestClient> _logger;
    private readonly RateLimiter _limiter;
    private readonly KeyedRateGate _global;
    private readonly string _globalKey;
    private readonly InvalidRequestCounter _invalid;
    private readonly WatchBotMetrics? _metrics;

    /// <summary>
    /// A client under <see cref="DiscordOptions.GlobalRequestsPerSecond"/>, or under this instance's share
    /// of it when a fleet budget is given (several instances on one bot token).
    /// </summary>
    public DiscordRestClient(IOptions<DiscordOptions> options, TimeProvider time, ILogger<DiscordRestClient> logger, WatchBotMetrics? metrics = null, FleetBudget? budget = null)
    {
        _metrics = metrics;
        _options = options.Value;
        _time = time;
        _logger = logger;
        // Discord's route buckets are per bot token too: in a fleet each instance keeps to its share of them.
        _limiter = new RateLimiter(time, budget is null ? null : () => budget.Live);
        _global = new KeyedRateGate(time, _ => new RateLimit(budget?.Share ?? _options.GlobalRequestsPerSecond, TimeSpan.FromSeconds(1)));
        _globalKey = GlobalKey(_options.Token);
        if (budget is not null)
        {
            budget.Changed += () => FollowBudget(budget);
            FollowBudget(budget);
        }

        _invalid = new InvalidRequestCounter(time);
        _http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            BaseAddress = new Uri(_options.ApiBaseUrl.TrimEnd('/') + "/"),
            Timeout = TimeSpan.FromSeconds(30),
        };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd($"DiscordBot ({_options.UserAgentUrl}, 1.0)");
    }

    /// <summary>The fleet's share changed: the ceiling follows, and a newcomer's wait holds every send back.</summary>
    private void FollowBudget(FleetBudget budget)
    {
        var pause = budget.PausedUntil - _time.GetUtcNow();
        if (pause > TimeSpan.Zero)
        {
            _global.Block(_globalKey, pause);
        }

        _global.Retune();
    }

    /// <summary>Invalid responses (401/403/non-shared 429) in the last 10 minutes.</summary>
    public int InvalidResponseCount => _invalid.Count;

    public Task<DiscordResult> SendAsync(DiscordRoute route, JsonNode? body, CancellationToken cancellationToken) =>
        SendCoreAsync(route, body, null, cancellationToken);

    public Task<DiscordResult> SendAsync(DiscordRoute route, JsonNode body, DiscordFile file, CancellationToken cancellationToken) =>
        SendCoreAsync(route, body, file, cancellationToken);

    private async Task<DiscordResult> SendCoreAsync(DiscordRoute route, JsonNode? body, DiscordFile? file, CancellationToken cancellationToken)
    {
        if (!route.IsInteraction && _invalid.IsAtCeiling)
        {
            Log.InvalidRequestCeiling(_logger, _invalid.Count);
            return DiscordResult.NoResponse;
        }

        // Interaction tokens are single-use: their buckets are not worth remembering.
        var bucket = route.IsInteraction ? new RateBucket() : _limiter.BucketFor(route);
        await bucket.Gate.WaitAsync(cancellationToken);

        // While this request queued, the route may have joined another route's bucket (same X-RateLimit-Bucket
        // hash): it goes through that bucket's gate, so this instance never sends in two streams into one limit.
        while (!route.IsInteraction && _limiter.BucketFor(route) is var current && !ReferenceEquals(current, bucket))
        {
            bucket.Gate.Release();
            bucket = current;
            await bucket.Gate.WaitAsync(cancellationToken);
        }

        try
        {
            return await SendInBucketAsync(route, body, file, bucket, cancellationToken);
        }
        finally
        {
            bucket.Gate.Release();
        }
    }

    public TimeSpan BucketWait(DiscordRoute route)
    {
        ArgumentNullException.ThrowIfNull(route);
        return route.IsInteraction ? TimeSpan.Zero : _limiter.BucketFor(route).WaitAt(_time.GetUtcNow());
    }

    /// <summary>
    /// The key of the global ceiling: Discord counts it per bot, so it is named after the bot token, by
    /// a short hash of it (the token itself never becomes a key that diagnostics could print).
    /// </summary>
    internal static string GlobalKey(string? token) =>
        "discord-bot:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token ?? "")))[..12];

    public async Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken)
    {
        var result = await SendAsync(DiscordRoute.GatewayBot(), null, cancellationToken);
        if (!result.IsSuccess || result.Body is not { ValueKind: JsonValueKind.Object } body)
        {
            throw new DiscordRestException(result.Status, result.Code, "GET /gateway/bot failed.");
        }

        var limit = body.GetProperty("session_start_limit");
        return new GatewayBotInfo(
            new Uri(body.GetProperty("url").GetString() ?? throw new DiscordRestException(result.Status, 0, "No gateway url.")),
            body.GetProperty("shards").GetInt32(),
            limit.GetProperty("remaining").GetInt32(),
            TimeSpan.FromMilliseconds(limit.GetProperty("reset_after").GetDouble()),
            limit.GetProperty("max_concurrency").GetInt32());
    }

    public void Dispose()
    {
        _http.Dispose();
        _global.Dispose();
    }

    private async Task<DiscordResult> SendInBucketAsync(DiscordRoute route, JsonNode? body, DiscordFile? file, RateBucket bucket, CancellationToken cancellationToken)
    {
        var payload = body?.ToJsonString();
        for (var attempt = 0; ; attempt++)
        {
            // A loop: timers may fire a hair early against the clock the reset was computed with.
            for (var wait = bucket.WaitAt(_time.GetUtcNow()); wait > TimeSpan.Zero; wait = bucket.WaitAt(_time.GetUtcNow()))
            {
                await Task.Delay(wait, _time, cancellationToken);
            }

            // Held from the moment it may go until one second after the answer is in (KeyedRateGate says
            // why): however the network bunches arrivals, Discord never counts more than the ceiling.
            using var slot = route.IsInteraction ? null : await _global.WaitAsync(_globalKey, cancellationToken);
            using var request = new HttpRequestMessage(route.Method, route.Path.TrimStart('/'));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bot", _options.Token);
            if (payload is not null)
            {
                request.Content = file is null ? new StringContent(payload, Encoding.UTF8, "application/json") : Multipart(payload, file);
            }

            HttpResponseMessage response;
            try
            {
                response = await _http.SendAsync(request, cancellationToken);
            }
            catch (Exception ex) when (ex is HttpRequestException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
            {
                Log.RestSendFailed(_logger, ex, route.RouteKey);
                if (attempt >= _options.MaxRetries)
                {
                    return DiscordResult.NoResponse;
                }

                await Task.Delay(TimeSpan.FromMilliseconds(250 * (attempt + 1)), _time, cancellationToken);
                continue;
            }

            using (response)
            {
                _metrics?.RestAnswered(DiscordPlatform.Name, route.RouteKey, (int)response.StatusCode);
                var result = await ReadAsync(response, cancellationToken);
                if (!route.IsInteraction)
                {
                    _limiter.Update(route, bucket, response.Headers, counted: response.StatusCode != HttpStatusCode.TooManyRequests);
                }

                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    var retryAfter = RetryAfter(response, result);
                    var scope = RateLimiter.Header(response.Headers, "X-RateLimit-Scope") ?? "user";
                    var global = RateLimiter.Header(response.Headers, "X-RateLimit-Global") == "true" || IsGlobal(result);
                    CountInvalid(scope != "shared");
                    Log.RateLimited(_logger, route.RouteKey, global ? "global" : scope, (long)retryAfter.TotalMilliseconds);
                    if (global)
                    {
                        _global.Block(_globalKey, retryAfter);
                    }

                    bucket.Exhaust(retryAfter, _time.GetUtcNow());
                    if (attempt >= _options.MaxRetries)
                    {
                        return result;
                    }

                    continue;
                }

                if (result.Status is 401 or 403)
                {
                    CountInvalid(true);
                }

                if (!result.IsSuccess)
                {
                    Log.RestFailed(_logger, route.RouteKey, result.Status, result.Code);
                }

                return result;
            }
        }
    }

    /// <summary>A message with a file (Discord "Uploading Files"): its JSON as <c>payload_json</c>, the file as <c>files[0]</c>; new per attempt, as a sent request disposes its content.</summary>
    private static MultipartFormDataContent Multipart(string payload, DiscordFile file)
    {
        var form = new MultipartFormDataContent();
        form.Add(new StringContent(payload, Encoding.UTF8, "application/json"), "payload_json");
        var bytes = new ByteArrayContent(file.Bytes);
        bytes.Headers.ContentType = new MediaTypeHeaderValue(file.ContentType);
        form.Add(bytes, "files[0]", file.FileName);
        return form;
    }

    private void CountInvalid(bool counts)
    {
        if (counts && _invalid.Add() == InvalidRequestCounter.Ceiling)
        {
            Log.InvalidRequestCeiling(_logger, InvalidRequestCounter.Ceiling);
        }
    }

    private static async Task<DiscordResult> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(text))
        {
            return new DiscordResult(status, 0, null);
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement.Clone();
            var code = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("code", out var c) && c.TryGetInt32(out var n) ? n : 0;
            return new DiscordResult(status, code, root);
        }
        catch (JsonException)
        {
            return new DiscordResult(status, 0, null);
        }
    }

    private static bool IsGlobal(DiscordResult result) =>
        result.Body is { ValueKind: JsonValueKind.Object } b && b.TryGetProperty("global", out var g) && g.ValueKind == JsonValueKind.True;

    /// <summary><c>retry_after</c> from the body (seconds, with decimals), else the Retry-After header, else 1 s.</summary>
    private static TimeSpan RetryAfter(HttpResponseMessage response, DiscordResult result)
    {
        if (result.Body is { ValueKind: JsonValueKind.Object } b && b.TryGetProperty("retry_after", out var r) && r.TryGetDouble(out var seconds))
        {
            return TimeSpan.FromSeconds(Math.Clamp(seconds, 0, 3600));
        }

        if (RateLimiter.Header(response.Headers, "Retry-After") is { } header
            && double.TryParse(header, NumberStyles.Float, CultureInfo.InvariantCulture, out var s))
        {
            return TimeSpan.FromSeconds(Math.Clamp(s, 0, 3600));
        }

        return TimeSpan.FromSeconds(1);
    }
}
