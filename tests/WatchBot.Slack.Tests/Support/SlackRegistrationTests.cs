using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using WatchBot.Engine.Ports;
using WatchBot.Http;
using WatchBot.Slack.SocketMode;

namespace WatchBot.Slack.Tests.Support;

public sealed class SlackRegistrationTests
{
    [Fact]
    public void NotConfigured_RegistersNothing()
    {
        var services = new ServiceCollection().AddWatchBotSlack(Config());

        Assert.Empty(services);
    }

    [Fact]
    public void HttpTransport_MapsTheEndpoints_AndNoSocket()
    {
        var services = new ServiceCollection().AddWatchBotSlack(Config(("Slack:BotToken", "xoxb-1"), ("Slack:SigningSecret", "s")));

        Assert.Contains(services, d => d.ServiceType == typeof(IHttpEndpointModule));
        Assert.Contains(services, d => d.ServiceType == typeof(IChannelPublisher));
        Assert.DoesNotContain(services, d => d.ServiceType == typeof(ISocketModeClient));
    }

    [Fact]
    public void AnAppToken_MeansSocketMode_AndNoEndpoints()
    {
        var services = new ServiceCollection().AddWatchBotSlack(Config(("Slack:BotToken", "xoxb-1"), ("Slack:AppToken", "xapp-1")));

        Assert.Contains(services, d => d.ServiceType == typeof(ISocketModeClient));
        Assert.Contains(services, d => d.ServiceType == typeof(ISocketModeUrlSource));
        Assert.Contains(services, d => d.ServiceType == typeof(ISocketModeEnvelopeHandler));
        Assert.DoesNotContain(services, d => d.ServiceType == typeof(IHttpEndpointModule));
    }

    [Theory]
    [InlineData("Slack:BotToken", "xoxp-user-token", "Slack:BotToken")]
    [InlineData("Slack:Transport", "carrier-pigeon", "Slack:Transport")]
    [InlineData("Slack:ApiBaseUrl", "https://slack.com/api", "Slack:ApiBaseUrl")]
    [InlineData("Slack:SigningSecret", "", "Slack:SigningSecret")]
    [InlineData("Slack:AckBudget", "00:00:05", "Slack:AckBudget")]
    public void BadSettings_FailNamingTheKey(string key, string value, string named)
    {
        var config = Config(("Slack:BotToken", "xoxb-1"), ("Slack:SigningSecret", "s"), ("Slack:Transport", "http"), (key, value));
        using var provider = new ServiceCollection().AddLogging().AddWatchBotSlack(config).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SlackOptions>>().Value);

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    // Later values win, so a test can override one of the defaults above.
    private static IConfiguration Config(params (string Key, string Value)[] values)
    {
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in values)
        {
            settings[key] = value;
        }

        return new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
    }
}
