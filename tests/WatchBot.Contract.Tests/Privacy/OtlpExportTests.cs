using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using WatchBot.Contract.Tests.Framework;
using WatchBot.Contract.Tests.Health;
using WatchBot.Emulators;
using WatchBot.Emulators.Discord;
using WatchBot.Engine.Diagnostics;

namespace WatchBot.Contract.Tests.Privacy;

/// <summary>
/// Metrics leave the process only for a configured OTLP endpoint. Without one no OpenTelemetry
/// service exists (and <see cref="OutboundHostsTests"/> sees only the platforms' hosts through a whole
/// evening); with one, the collector on loopback receives OTLP/HTTP protobuf posts carrying the
/// WatchBot instruments, and that collector is the only host added to the platforms'.
/// </summary>
[Collection(RunsAlone.Name)]
public sealed class OtlpExportTests
{
    private static readonly TimeSpan Patience = EmulatorAssembly.Patience;

    [Fact]
    public async Task WithoutAnEndpoint_NoMeterProviderExists()
    {
        await using var bot = await GatewayBotHost.StartAsync([]);

        Assert.Null(bot.Host.Services.GetService<MeterProvider>());
        Assert.NotNull(bot.Host.Services.GetService<WatchBotMetrics>());
    }

    [Fact]
    public async Task WithAnEndpoint_TheCollectorReceivesProtobufPosts_AndNoOtherHostIsCalled()
    {
        await using var collector = await OtlpCollectorStub.StartAsync();
        using var recorder = new OutboundRecorder();
        await using (var bot = await GatewayBotHost.StartAsync(["--Telemetry:OtlpEndpoint=" + collector.BaseUrl, "--Telemetry:ExportInterval=00:00:01"]))
        {
            Assert.NotNull(bot.Host.Services.GetService<MeterProvider>());
            await bot.Gateway.WaitUntilAsync(g => g.Identifies > 0, Patience);
            await bot.Gateway.DispatchInteractionAsync(DiscordInteractions.Watch("status", new Dictionary<string, string>()).ToJsonString());
            await bot.Gateway.WaitUntilAsync(_ => bot.Api.Calls.Any(c => c.IsInteraction && c.Method == "POST"), Patience);

            await Eventually.HoldsAsync(
                () => collector.Posts.Any(p => p.Carries(MetricNames.Commands)),
                () => $"no post carried {MetricNames.Commands}; {collector.Posts.Count} posts");

            var allowed = new[] { bot.Api.BaseUrl, bot.Gateway.Url, collector.BaseUrl }.Select(u => $"{u.Host}:{u.Port}").ToHashSet(StringComparer.Ordinal);
            Assert.True(recorder.HttpAuthorities.All(allowed.Contains), "HTTP to an unconfigured host:\n" + string.Join("\n", recorder.Records));
            Assert.True(recorder.NamesLookedUp.All(n => n is "127.0.0.1" or "localhost" or "::1"), "A name looked up:\n" + string.Join("\n", recorder.Records));
        }

        var posts = collector.Posts;
        Assert.All(posts, p => Assert.Equal(("POST", "/v1/metrics", "application/x-protobuf"), (p.Method, p.Path, p.ContentType)));
        var commands = posts.First(p => p.Carries(MetricNames.Commands));
        Assert.True(commands.Carries("outcome") && commands.Carries("status") && commands.Carries("discord"));
        Assert.Contains(posts, p => p.Carries(MetricNames.LiveSessions));
        Assert.Contains(posts, p => p.Carries(MetricNames.RestRequests));
        Assert.DoesNotContain(posts, p => p.Carries("test-token"));
    }
}
