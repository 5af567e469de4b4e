using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using WatchBot.Discord.Gateway;
using WatchBot.Discord.Tests.Gateway.Support;
using WatchBot.Emulators.Discord.Gateway;

namespace WatchBot.Discord.Tests.Gateway;

public sealed class GatewayServiceCollectionExtensionsTests
{
    [Fact]
    public async Task MissingToken_FailsStart_NamingTheKey()
    {
        using var host = Build(new Uri("ws://127.0.0.1:1/"), new() { ["Discord:Token"] = "" });

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Discord:Token", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Discord:Gateway:ShardCount", "0", "Discord:Gateway:ShardCount")]
    [InlineData("Discord:Gateway:ShardIds:0", "2", "Discord:Gateway:ShardIds")]
    [InlineData("Discord:Gateway:Url", "http://example.org/", "Discord:Gateway:Url")]
    [InlineData("Discord:Gateway:ReconnectDelayMax", "00:00:00.500", "Discord:Gateway:ReconnectDelayMax")]
    public async Task BadSetting_FailsStart_NamingTheKey(string key, string value, string named)
    {
        using var host = Build(new Uri("ws://127.0.0.1:1/"), new() { ["Discord:Token"] = "t", ["Discord:Gateway:ShardCount"] = "2", [key] = value });

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(named, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_AreDocumentedValues()
    {
        var options = new GatewayOptions();

        Assert.Null(options.ShardCount);
        Assert.Null(options.ShardIds);
        Assert.Null(options.Url);
        Assert.True(options.StopHostOnFatalClose);
        Assert.Equal(TimeSpan.FromSeconds(1), options.ReconnectDelayMin);
        Assert.Equal(TimeSpan.FromMinutes(1), options.ReconnectDelayMax);
    }

    [Fact]
    public async Task Host_ConnectsThroughDi_AndStopsItselfOnAFatalClose()
    {
        await using var emulator = await DiscordGatewayEmulator.StartAsync();
        emulator.RejectIdentifyWithCloseCode = 4004;
        using var host = Build(emulator.Url, new() { ["Discord:Token"] = "SECRET-host-token" });
        var lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();
        var stopping = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var registration = lifetime.ApplicationStopping.Register(stopping.SetResult);

        await host.StartAsync();
        await stopping.Task.WaitAsync(GatewayHarness.Wait);

        Assert.Equal("SECRET-host-token", emulator.Received.Single(r => r.Op == 2).Data.GetProperty("token").GetString());
        Assert.Equal(1, emulator.Identifies);
        await host.StopAsync();
    }

    [Fact]
    public async Task StopHostOnFatalCloseFalse_StopsOnlyTheGateway()
    {
        await using var emulator = await DiscordGatewayEmulator.StartAsync();
        emulator.RejectIdentifyWithCloseCode = 4014;
        using var host = Build(emulator.Url, new() { ["Discord:Token"] = "t", ["Discord:Gateway:StopHostOnFatalClose"] = "false" });
        var service = host.Services.GetServices<IHostedService>().OfType<DiscordGatewayService>().Single();

        await host.StartAsync();
        await service.ExecuteTask!.WaitAsync(GatewayHarness.Wait);

        Assert.False(host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested);
        Assert.Equal(1, emulator.Connections);
        await host.StopAsync();
    }

    private static IHost Build(Uri gateway, Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton<IGatewayUrlSource>(new FakeGatewayUrlSource(gateway));
        builder.Services.AddSingleton<IGatewayInteractionHandler, RecordingInteractionHandler>();
        builder.Services.AddDiscordGateway(builder.Configuration);
        return builder.Build();
    }
}
