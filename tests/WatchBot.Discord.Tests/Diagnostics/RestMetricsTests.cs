using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WatchBot.Discord.Rendering;
using WatchBot.Discord.Rest;
using WatchBot.Emulators.Discord;
using WatchBot.Engine.Diagnostics;
using WatchBot.Testing;

namespace WatchBot.Discord.Tests.Diagnostics;

/// <summary>watchbot.rest.requests and watchbot.rest.rate_limited count what the emulator answered, by route template.</summary>
public sealed class RestMetricsTests : IAsyncLifetime
{
    private DiscordApiEmulator _api = null!;

    public async Task InitializeAsync() => _api = await DiscordApiEmulator.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task Every429TheEmulatorAnswered_IsCounted_UnderTheRouteTemplateNotThePath()
    {
        _api.GlobalLimit = 2;
        using var metrics = new WatchBotMetrics(TimeProvider.System);
        using var recorder = new MetricsRecorder(metrics);
        using var client = new DiscordRestClient(
            Options.Create(new DiscordOptions { Token = "t0ken", ApiBaseUrl = _api.BaseUrl.ToString(), MaxRetries = 5 }),
            TimeProvider.System,
            NullLogger<DiscordRestClient>.Instance,
            metrics);

        var results = await Task.WhenAll(Enumerable.Range(0, 5).Select(i =>
            client.SendAsync(DiscordRoute.CreateMessage(new Snowflake((ulong)(100 + i))), Message(), CancellationToken.None)));

        Assert.All(results, r => Assert.True(r.IsSuccess));
        Assert.True(_api.RateLimitedCount > 0);
        const string Route = "POST /channels/{channel}/messages";
        var limited = recorder.Of(MetricNames.RestRateLimited);
        Assert.Equal(_api.RateLimitedCount, limited.Count);
        Assert.All(limited, m => Assert.Equal(("discord", Route), (m.Tag("platform"), m.Tag("route"))));
        var requests = recorder.Of(MetricNames.RestRequests);
        Assert.Equal(_api.Calls.Count, requests.Count);
        Assert.Equal(5, recorder.Of(MetricNames.RestRequests, ("status", "200")).Count);
        Assert.Equal(_api.RateLimitedCount, recorder.Of(MetricNames.RestRequests, ("status", "429")).Count);
        Assert.DoesNotContain(recorder.Records, m => m.Tags.Any(t => Convert.ToString(t.Value, System.Globalization.CultureInfo.InvariantCulture)!.Contains("100", StringComparison.Ordinal)));
    }

    private static JsonObject Message() => new DiscordMessage("hi").ToJson();
}
