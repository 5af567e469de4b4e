using WatchBot.Discord.Tests.Support;
using WatchBot.Emulators.Discord;
using static WatchBot.Emulators.Discord.DiscordInteractionSender;

namespace WatchBot.Discord.Tests.EndToEnd;

/// <summary>The interactions endpoint on the real host: signatures, PING, bad input.</summary>
public sealed class HttpTransportSecurityTests : IAsyncLifetime
{
    private DiscordHttpHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await DiscordHttpHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Ping_GetsPong()
    {
        var (status, answer) = await _bot.SendAsync(DiscordInteractions.Ping());

        Assert.Equal(200, status);
        Assert.Equal("{\"type\":1}", answer!.ToJsonString());
    }

    [Fact]
    public async Task ForgedSignature_Gets401()
    {
        using var response = await _bot.Sender.SendRawAsync(DiscordInteractions.Ping().ToJsonString(), SignMode.Forged, TimeSpan.Zero);

        Assert.Equal(401, (int)response.StatusCode);
    }

    [Fact]
    public async Task MissingSignature_Gets401()
    {
        using var response = await _bot.Sender.SendRawAsync(DiscordInteractions.Ping().ToJsonString(), SignMode.Missing, TimeSpan.Zero);

        Assert.Equal(401, (int)response.StatusCode);
    }

    [Fact]
    public async Task StaleTimestamp_Gets401()
    {
        using var response = await _bot.Sender.SendRawAsync(DiscordInteractions.Ping().ToJsonString(), SignMode.Valid, TimeSpan.FromMinutes(6));

        Assert.Equal(401, (int)response.StatusCode);
    }

    [Fact]
    public async Task ForgedCommand_ChangesNothing()
    {
        var start = DiscordInteractions.Watch("start", new Dictionary<string, string> { ["title"] = "Forged" });
        using var response = await _bot.Sender.SendRawAsync(start.ToJsonString(), SignMode.Forged, TimeSpan.Zero);
        var (_, status) = await _bot.SendAsync(DiscordInteractions.Watch("status"));

        Assert.Equal(401, (int)response.StatusCode);
        Assert.Contains("No session is running here", DiscordHttpHarness.Content(status), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MalformedJson_Gets400()
    {
        using var response = await _bot.Sender.SendRawAsync("{\"type\":", SignMode.Valid, TimeSpan.Zero);

        Assert.Equal(400, (int)response.StatusCode);
    }

    [Fact]
    public async Task UnknownInteractionType_Gets400()
    {
        var weird = DiscordInteractions.Watch("status");
        weird["type"] = 42;

        var (status, _) = await _bot.SendAsync(weird);

        Assert.Equal(400, status);
    }

    [Fact]
    public async Task CommandsAreRegistered_WithOneBulkOverwrite()
    {
        var put = await _bot.WaitForCallAsync(c => c.Method == "PUT");

        Assert.Equal($"/applications/{DiscordInteractions.ApplicationId}/commands", put.Path);
        Assert.Equal("watch", put.Json![0]!["name"]!.GetValue<string>());
        Assert.Equal("Bot test-token", put.Authorization);
        Assert.StartsWith("DiscordBot (", put.UserAgent, StringComparison.Ordinal);
    }
}
