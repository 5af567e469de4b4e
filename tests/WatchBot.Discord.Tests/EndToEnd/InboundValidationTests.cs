using System.Text;
using System.Text.Json.Nodes;
using WatchBot.Discord.Tests.Support;
using WatchBot.Emulators.Discord;

namespace WatchBot.Discord.Tests.EndToEnd;

/// <summary>
/// Validly signed interactions that must be refused with a 400, never a 500 or an action: text .NET
/// cannot read, ids that are not snowflakes (a path in <c>channel_id</c>), a member without a user.
/// </summary>
public sealed class InboundValidationTests : IAsyncLifetime
{
    private DiscordHttpHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await DiscordHttpHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    public static TheoryData<string, string> UnreadableText => new()
    {
        { "id", "\"id\":\"\\ud800\"" },
        { "option value", "\"value\":\"\\udfff\"" },
        { "user name", "\"global_name\":\"a\\ud800b\"" },
        { "property name", "\"\\ud800\":1,\"version\":1" },
    };

    [Theory]
    [MemberData(nameof(UnreadableText))]
    public async Task LoneSurrogateEscape_Gets400(string where, string replacement)
    {
        var body = Start().ToJsonString();
        var key = replacement[..(replacement.IndexOf(':', StringComparison.Ordinal) + 1)];
        var at = key == "\"\\ud800\":" ? body.IndexOf("\"version\":1", StringComparison.Ordinal) : body.IndexOf(key, StringComparison.Ordinal);
        var end = body.IndexOfAny([',', '}'], at);
        var spoiled = body[..at] + replacement + body[end..];

        using var response = await _bot.Sender.SendBytesAsync(Encoding.UTF8.GetBytes(spoiled));

        Assert.True(400 == (int)response.StatusCode, $"{where}: HTTP {(int)response.StatusCode}");
        await AssertNothingStartedAsync();
    }

    [Fact]
    public async Task InvalidUtf8InAnOptionValue_Gets400()
    {
        var body = Encoding.UTF8.GetBytes(Start().ToJsonString().Replace("Heat", "H\u0001t", StringComparison.Ordinal));
        body[Array.IndexOf(body, (byte)1)] = 0xFF;

        using var response = await _bot.Sender.SendBytesAsync(body);

        Assert.Equal(400, (int)response.StatusCode);
        await AssertNothingStartedAsync();
    }

    [Theory]
    [InlineData("1/../../../guilds/1/bans/2")]
    [InlineData("１２３")]
    [InlineData("18446744073709551616")]
    [InlineData("-1")]
    [InlineData("1 ")]
    public async Task ChannelIdThatIsNotASnowflake_Gets400_AndNoRequestGoesAnywhereElse(string channelId)
    {
        var (status, _) = await _bot.SendAsync(Start(channelId: channelId));
        await AssertNothingStartedAsync();

        Assert.Equal(400, status);
        Assert.All(_bot.Api.Calls, c => Assert.Equal($"/applications/{DiscordInteractions.ApplicationId}/commands", c.Path));
    }

    [Fact]
    public async Task MemberWithoutUser_IsRefused_EvenWithATopLevelUser()
    {
        var start = Start();
        start["user"] = start["member"]!["user"]!.DeepClone();
        start["member"]!.AsObject().Remove("user");
        start["member"]!["permissions"] = "8"; // Administrator: whoever this is must not get it

        var (status, _) = await _bot.SendAsync(start);

        Assert.Equal(400, status);
        await AssertNothingStartedAsync();
    }

    [Fact]
    public async Task GuildInteractionWithoutMember_IsRefused()
    {
        var start = Start();
        start["user"] = start["member"]!["user"]!.DeepClone();
        start.Remove("member");

        var (status, _) = await _bot.SendAsync(start);

        Assert.Equal(400, status);
    }

    private static JsonObject Start(string channelId = DiscordInteractions.ChannelId) =>
        DiscordInteractions.Watch("start", new Dictionary<string, string> { ["title"] = "Heat", ["in"] = "10m" }, channelId: channelId);

    private async Task AssertNothingStartedAsync()
    {
        var (_, answer) = await _bot.SendAsync(DiscordInteractions.Watch("status"));
        Assert.Contains("No session is running here", DiscordHttpHarness.Content(answer), StringComparison.Ordinal);
    }
}
