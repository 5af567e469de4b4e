using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WatchBot.Http.Health;
using WatchBot.Platform.Sockets;
using WatchBot.Slack.SocketMode;

namespace WatchBot.Slack.Tests.SocketMode;

/// <summary>/healthz/ready's Slack check: registered with Socket Mode, ready only while connected.</summary>
public sealed class SocketModeReadinessTests
{
    [Theory]
    [InlineData(SocketStatus.NotStarted, false)]
    [InlineData(SocketStatus.Connecting, false)]
    [InlineData(SocketStatus.Connected, true)]
    [InlineData(SocketStatus.Stopped, false)]
    public async Task Ready_OnlyWhileTheSocketIsConnected(SocketStatus status, bool ready)
    {
        var check = new SocketModeReadiness(new FixedClient(status));

        Assert.Equal("slack", check.Name);
        Assert.Equal(ready, await check.IsReadyAsync(CancellationToken.None));
    }

    [Fact]
    public void SocketMode_RegistersTheSlackCheck()
    {
        var services = new ServiceCollection();
        services.AddSlackSocketMode(new ConfigurationBuilder().Build());

        Assert.Contains(services, d => d.ServiceType == typeof(IReadinessCheck) && d.ImplementationType == typeof(SocketModeReadiness));
    }

    private sealed class FixedClient(SocketStatus status) : ISocketModeClient
    {
        public SocketStatus Status => status;

        public Task RunAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
