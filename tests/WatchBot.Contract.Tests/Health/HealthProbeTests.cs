using WatchBot.Telemetry;

namespace WatchBot.Contract.Tests.Health;

/// <summary><c>WatchBot --healthcheck</c>: the address it derives from Http:Urls, and its exit code against a real bot.</summary>
public sealed class HealthProbeTests
{
    [Theory]
    [InlineData("http://+:8080", "/healthz/live", "http://127.0.0.1:8080/healthz/live")]
    [InlineData("http://*:9000;https://+:9443", "/healthz/ready", "http://127.0.0.1:9000/healthz/ready")]
    [InlineData("http://0.0.0.0:8080", "/healthz/live", "http://127.0.0.1:8080/healthz/live")]
    [InlineData("http://[::]:8080", "/healthz/live", "http://[::1]:8080/healthz/live")]
    [InlineData("http://127.0.0.1:5000/", "/healthz/live", "http://127.0.0.1:5000/healthz/live")]
    public void Target_IsTheFirstUrlMadeLocal(string urls, string path, string expected) =>
        Assert.Equal(new Uri(expected), HealthProbe.Target(urls, path));

    [Theory]
    [InlineData("", "/healthz/live")]
    [InlineData("ftp://host:21", "/healthz/live")]
    [InlineData("http://+:8080", "healthz/live")]
    public void Target_OfNonsense_IsNull(string urls, string path) => Assert.Null(HealthProbe.Target(urls, path));

    [Fact]
    public void OnlyTheFirstArgument_AsksForIt()
    {
        Assert.True(HealthProbe.IsRequested(["--healthcheck", "/healthz/ready"]));
        Assert.False(HealthProbe.IsRequested(["--Shell:Enabled=false", "--healthcheck"]));
        Assert.False(HealthProbe.IsRequested([]));
    }

    [Fact]
    public async Task Probe_Exits0ForLive_And1ForReadyWhileTheGatewayIsHeldBack_And1ForNothingListening()
    {
        await using var bot = await GatewayBotHost.StartAsync(["--Http:Health=Always"], g => g.RejectIdentifyWithCloseCode = 4000);
        var root = Assert.Single(bot.Addresses);
        using var errors = new StringWriter();

        Assert.Equal(0, await HealthProbe.ProbeAsync(new Uri(root, "/healthz/live"), errors));
        Assert.Equal(1, await HealthProbe.ProbeAsync(new Uri(root, "/healthz/ready"), errors));
        Assert.Contains("/healthz/ready answered 503", errors.ToString(), StringComparison.Ordinal);

        await bot.DisposeAsync();
        Assert.Equal(1, await HealthProbe.ProbeAsync(new Uri(root, "/healthz/live"), errors));
    }
}
