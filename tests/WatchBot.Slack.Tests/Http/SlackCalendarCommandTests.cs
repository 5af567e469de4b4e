using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using WatchBot.Http;
using WatchBot.Slack.Tests.Support;
using static WatchBot.Slack.Tests.Http.SlackHttpSessionTests;

namespace WatchBot.Slack.Tests.Http;

/// <summary>
/// <c>/watch calendar</c> on Slack: the engine's calendar service, answered ephemerally with the feed's
/// address as a Slack link, which the same web host then serves.
/// </summary>
public sealed partial class SlackCalendarCommandTests
{
    [Fact]
    public async Task AModerator_GetsALinkPrivately_ThatTheHostServes_AndOthersAreToldWhoMay()
    {
        await using var bot = await SlackHttpHost.StartAsync("--Http:PublicBaseUrl=https://watch.example.com");

        var refused = await ReplyTextAsync(await bot.CommandAsync("calendar"));
        var response = await bot.CommandAsync("calendar", user: SlackHttpHost.Moderator);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var link = Link().Match((string?)body["text"] ?? "");

        Assert.Contains("Slack:Moderators", refused, StringComparison.Ordinal);
        Assert.Equal("ephemeral", (string?)body["response_type"]);
        Assert.True(link.Success, (string?)body["text"]);
        var server = bot.Host.Services.GetRequiredService<InboundHttpServer>().Addresses[0];
        using var http = new HttpClient { BaseAddress = server };
        using var feed = await http.GetAsync(link.Groups[1].Value);
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Contains("BEGIN:VCALENDAR", await feed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"<https://watch\.example\.com(/calendar/[A-Za-z0-9_-]{43}\.ics)>")]
    private static partial Regex Link();
}
