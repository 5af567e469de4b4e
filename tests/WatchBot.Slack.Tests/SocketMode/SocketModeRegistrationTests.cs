using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WatchBot.Emulators.Slack.SocketMode;
using WatchBot.Platform.Sockets;
using WatchBot.Slack.SocketMode;

namespace WatchBot.Slack.Tests.SocketMode;

/// <summary><see cref="SocketModeServiceCollectionExtensions.AddSlackSocketMode"/> in a real generic host.</summary>
public sealed class SocketModeRegistrationTests
{
    [Fact]
    public async Task AddSlackSocketMode_RunsTheClientAsAHostedService()
    {
        await using var server = await SlackSocketModeServer.StartAsync();
        var handler = new ScriptedEnvelopeHandler();
        using var host = BuildHost(new Dictionary<string, string?> { ["Slack:SocketMode:HandlerBudget"] = "00:00:01" }, services =>
        {
            services.AddSingleton<ISocketModeUrlSource>(new EmulatorUrlSource(server));
            services.AddSingleton<ISocketModeEnvelopeHandler>(handler);
        });

        await host.StartAsync();
        await server.WaitUntilAsync(s => s.ConnectionCount == 1, SocketModeHarness.Wait);
        var id = await server.SendEnvelopeAsync(SocketModeFrames.SlashCommand("help"));
        await server.WaitForAckAsync(id, SocketModeHarness.Wait);
        await host.StopAsync();

        Assert.Single(handler.Calls);
        Assert.Equal(TimeSpan.FromSeconds(1), host.Services.GetRequiredService<IOptions<SocketModeOptions>>().Value.HandlerBudget);
        Assert.Equal(SocketStatus.Stopped, host.Services.GetRequiredService<ISocketModeClient>().Status);
        await server.WaitUntilAsync(s => s.OpenConnectionCount == 0, SocketModeHarness.Wait);
    }

    [Theory]
    [InlineData("HandlerBudget", "00:00:03")]
    [InlineData("ReconnectDelayMin", "00:00:00")]
    [InlineData("HelloTimeout", "00:00:00")]
    [InlineData("RememberedEnvelopes", "1")]
    public async Task InvalidOption_FailsStartNamingTheKey(string key, string value)
    {
        using var host = BuildHost(new Dictionary<string, string?> { ["Slack:SocketMode:" + key] = value }, services =>
        {
            services.AddSingleton<ISocketModeUrlSource>(new ThrowingUrlSource());
            services.AddSingleton<ISocketModeEnvelopeHandler>(new ScriptedEnvelopeHandler());
        });

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Slack:SocketMode:" + key, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_AreValid() =>
        Assert.True(new SocketModeOptionsValidator().Validate(null, new SocketModeOptions()).Succeeded);

    private static IHost BuildHost(Dictionary<string, string?> settings, Action<IServiceCollection> register)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        register(builder.Services);
        builder.Services.AddSlackSocketMode(builder.Configuration);
        return builder.Build();
    }

    private sealed class ThrowingUrlSource : ISocketModeUrlSource
    {
        public Task<Uri> OpenConnectionAsync(CancellationToken cancellationToken) => throw new InvalidOperationException("not reached");
    }
}
