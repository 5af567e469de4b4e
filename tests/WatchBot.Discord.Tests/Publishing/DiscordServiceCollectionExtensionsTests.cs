using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using WatchBot.Discord.Gateway;
using WatchBot.Discord.Interactions;
using WatchBot.Engine.Ports;
using WatchBot.Http;

namespace WatchBot.Discord.Tests.Publishing;

public sealed class DiscordServiceCollectionExtensionsTests
{
    [Fact]
    public void NotConfigured_RegistersNothing()
    {
        var services = new ServiceCollection();

        services.AddWatchBotDiscord(Config());

        Assert.Empty(services);
    }

    [Fact]
    public void HttpTransport_RegistersTheEndpointAndNoGateway()
    {
        var services = new ServiceCollection();

        services.AddWatchBotDiscord(Config(("Token", "t"), ("Transport", "http"), ("PublicKey", new string('a', 64)), ("ApplicationId", "1")));

        Assert.Contains(services, d => d.ServiceType == typeof(IHttpEndpointModule) && d.ImplementationType == typeof(InteractionEndpoint));
        Assert.Contains(services, d => d.ServiceType == typeof(IChannelPublisher));
        Assert.DoesNotContain(services, d => d.ServiceType == typeof(IGatewayInteractionHandler));
    }

    [Fact]
    public void GatewayTransport_WiresTheHandlerAndUrlSourceForTheGateway()
    {
        var services = new ServiceCollection();

        services.AddWatchBotDiscord(Config(("Token", "t"), ("ApplicationId", "1")));

        Assert.Contains(services, d => d.ServiceType == typeof(IGatewayInteractionHandler));
        Assert.Contains(services, d => d.ServiceType == typeof(IGatewayUrlSource));
        Assert.Contains(services, d => d.ServiceType == typeof(IDiscordGateway));
        Assert.DoesNotContain(services, d => d.ServiceType == typeof(IHttpEndpointModule));
    }

    [Theory]
    [InlineData("http", null, "Discord:PublicKey")]
    [InlineData("carrier-pigeon", null, "Discord:Transport")]
    [InlineData("gateway", "x", "Discord:ApplicationId")]
    public void BadSettings_FailNamingTheKey(string transport, string? applicationId, string key)
    {
        var validator = new DiscordOptionsValidator();
        var options = new DiscordOptions { Token = "t", Transport = transport, ApplicationId = applicationId ?? "1" };

        var result = validator.Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(key, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void GoodSettings_Validate() =>
        Assert.Equal(ValidateOptionsResult.Success, new DiscordOptionsValidator().Validate(null, new DiscordOptions { Token = "t", ApplicationId = "1" }));

    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>("Discord:" + v.Key, v.Value)))
            .Build();
}
