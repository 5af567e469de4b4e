using System.Net;
using System.Text.Json.Nodes;
using WatchBot.Emulators;

namespace WatchBot.Contract.Tests.Health;

/// <summary>
/// /healthz/live and /healthz/ready over real HTTP on loopback, on the real host: ready waits for the
/// gateway's READY and for the database, and says which of them it waits for.
/// </summary>
public sealed class HealthEndpointsTests
{
    private static readonly TimeSpan Patience = EmulatorAssembly.Patience;

    [Fact]
    public async Task Ready_Is503UntilTheGatewayIsReady_ThenFollowsTheDatabase()
    {
        // A close the bot may retry: the gateway is reached, identified, and never READY.
        await using var bot = await GatewayBotHost.StartAsync(["--Http:Health=Always"], g => g.RejectIdentifyWithCloseCode = 4000);
        using var http = new HttpClient { BaseAddress = Assert.Single(bot.Addresses) };
        await bot.Gateway.WaitUntilAsync(g => g.Identifies > 1, Patience);

        Assert.Equal((HttpStatusCode.OK, """{"status":"live"}"""), await GetAsync(http, "/healthz/live"));
        Assert.Equal((HttpStatusCode.ServiceUnavailable, """{"status":"not ready","notReady":["discord"]}"""), await GetAsync(http, "/healthz/ready"));

        bot.Gateway.RejectIdentifyWithCloseCode = null;
        await UntilAsync(http, "/healthz/ready", HttpStatusCode.OK);
        Assert.Equal((HttpStatusCode.OK, """{"status":"ready"}"""), await GetAsync(http, "/healthz/ready"));

        // The volume goes away: the process still lives, and is not ready.
        var away = bot.DataFolder + ".away";
        Directory.Move(bot.DataFolder, away);
        Assert.Equal((HttpStatusCode.ServiceUnavailable, """{"status":"not ready","notReady":["database"]}"""), await GetAsync(http, "/healthz/ready"));
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(http, "/healthz/live")).Status);

        Directory.Move(away, bot.DataFolder);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(http, "/healthz/ready")).Status);
    }

    [Fact]
    public async Task Head_AnswersTheSameStatus_WithNoBody()
    {
        await using var bot = await GatewayBotHost.StartAsync(["--Http:Health=Always"]);
        using var http = new HttpClient { BaseAddress = Assert.Single(bot.Addresses) };
        await UntilAsync(http, "/healthz/ready", HttpStatusCode.OK);

        foreach (var path in new[] { "/healthz/live", "/healthz/ready" })
        {
            using var head = await http.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));
            Assert.Equal(HttpStatusCode.OK, head.StatusCode);
            Assert.Empty(await head.Content.ReadAsByteArrayAsync());
            Assert.Equal("no-store", head.Headers.CacheControl?.ToString());
        }
    }

    [Fact]
    public async Task AGatewayOnlyBot_OpensNoPort_UnlessHealthIsAskedFor()
    {
        await using var bot = await GatewayBotHost.StartAsync([]);
        await bot.Gateway.WaitUntilAsync(g => g.Identifies > 0, Patience);

        Assert.Empty(bot.Addresses);
    }

    [Fact]
    public async Task Fuzz_RandomPathsAndMethods_NeverAnswer500()
    {
        await using var bot = await GatewayBotHost.StartAsync(["--Http:Health=Always"]);
        using var http = new HttpClient { BaseAddress = Assert.Single(bot.Addresses) };
        var random = new Random(1313);
        string[] methods = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "BREW", "get"];
        string[] pieces = ["healthz", "live", "ready", "HEALTHZ", "..", "%2e%2e", "%00", "%ff", "calendar", "interactions", "", "ü", "a b", ";x", "?q=1", "#f", "//", "\\"];

        for (var i = 0; i < 300; i++)
        {
            var path = "/" + string.Join('/', Enumerable.Range(0, random.Next(0, 5)).Select(_ => pieces[random.Next(pieces.Length)]));
            var escaped = Uri.EscapeDataString(path).Replace("%2F", "/", StringComparison.Ordinal);
            using var request = new HttpRequestMessage(new HttpMethod(methods[random.Next(methods.Length)]), new Uri(http.BaseAddress!.AbsoluteUri.TrimEnd('/') + escaped));
            using var response = await http.SendAsync(request);

            Assert.True((int)response.StatusCode < 500 || response.StatusCode == HttpStatusCode.ServiceUnavailable && request.RequestUri!.OriginalString.EndsWith("ready", StringComparison.Ordinal), $"{request.Method} {path} answered {(int)response.StatusCode}");
        }

        // And the endpoints still answer after the noise.
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(http, "/healthz/live")).Status);
    }

    private static async Task<(HttpStatusCode Status, string Body)> GetAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        if (response.Content.Headers.ContentType?.MediaType == "application/json")
        {
            Assert.NotNull(JsonNode.Parse(body));
        }

        return (response.StatusCode, body);
    }

    /// <summary>Asks until <paramref name="path"/> answers <paramref name="status"/>; fails after the emulators' patience.</summary>
    private static async Task UntilAsync(HttpClient http, string path, HttpStatusCode status)
    {
        var deadline = TimeProvider.System.GetUtcNow() + Patience;
        while ((await GetAsync(http, path)).Status != status)
        {
            Assert.True(TimeProvider.System.GetUtcNow() < deadline, $"{path} never answered {(int)status}");
            await Task.Delay(TimeSpan.FromMilliseconds(20), TimeProvider.System);
        }
    }
}
