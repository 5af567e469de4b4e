using System.Net;
using System.Text;
using WatchBot.Slack.Tests.Support;

namespace WatchBot.Slack.Tests.Http;

/// <summary>
/// Validly signed Slack requests holding text .NET cannot read, or ids not shaped like Slack's,
/// are refused with a 400: never a 500, never acted on, nothing sent to Slack.
/// </summary>
public sealed class SlackInboundValidationTests : IAsyncLifetime
{
    private SlackHttpHost _bot = null!;

    public async Task InitializeAsync() => _bot = await SlackHttpHost.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Theory]
    [InlineData("""{"type":"url_verification","token":"t","challenge":"\ud800"}""")]
    [InlineData("""{"type":"event_callback","event_id":"\udfff","team_id":"T0TEAM","event":{"type":"app_mention"}}""")]
    [InlineData("""{"type":"event_callback","\ud800":1}""")]
    public async Task EventWithALoneSurrogateEscape_Gets400(string json)
    {
        using var response = await _bot.Sender.EventAsync(json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task EventWithInvalidUtf8_Gets400()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"type":"url_verification","challenge":"a?b"}""");
        bytes[Array.IndexOf(bytes, (byte)'?')] = 0xFF;

        using var response = await _bot.Sender.PostAsync("slack/events", bytes, "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("\\ud800", "C0MOVIES")]
    [InlineData("U1/../x", "C0MOVIES")]
    [InlineData("ualice", "C0MOVIES")]
    [InlineData("UALICE", "C0MOVIES\\u202e")]
    [InlineData("UALICE", "T0TEAM")]
    public async Task ClickWithAnUnreadableOrMalformedId_Gets400_AndNothingIsSent(string userId, string channelId)
    {
        var payload = _bot.Sender.ClickPayload(SlackHttpHost.Team, "CPLACEHOLDER", "UPLACEHOLDER", "watch_pause", "0123456789abcdef").ToJsonString()
            .Replace("UPLACEHOLDER", userId, StringComparison.Ordinal).Replace("CPLACEHOLDER", channelId, StringComparison.Ordinal);

        using var response = await _bot.Sender.InteractionAsync(payload);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_bot.Slack.Calls);
    }

    [Theory]
    [InlineData("T0TEAM", "C0MOVIES", "U1/../x")]
    [InlineData("T0TEAM", "C0MOVIES\u202e", "UALICE")]
    [InlineData("T0TEAM", "UALICE", "UALICE")]
    [InlineData("C0MOVIES", "C0MOVIES", "UALICE")]
    [InlineData("T0TEAM", "C0MOVIES", "U\0")]
    public async Task CommandWithAMalformedId_Gets400_AndNothingIsSent(string team, string channel, string user)
    {
        using var response = await _bot.Sender.CommandAsync(team, channel, user, "start title:\"Heat\" in:10s");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_bot.Slack.Calls);
    }
}
