using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using WatchBot.Emulators.Slack;
using WatchBot.Slack.Tests.Support;

namespace WatchBot.Slack.Tests.Http;

/// <summary>Forged, replayed and malformed requests against one running host: 401 or 400 or a polite answer, never a 500.</summary>
public sealed class SlackHttpRefusalTests : IAsyncLifetime
{
    private SlackHttpHost _bot = null!;

    public async Task InitializeAsync() => _bot = await SlackHttpHost.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task ForgedSignature_Gets401()
    {
        var response = await _bot.Sender.CommandAsync(SlackHttpHost.Team, SlackHttpHost.Channel, "UALICE", "start title:X", overrides: new SigningOverrides(Secret: "wrong"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_bot.Slack.Calls);
    }

    [Fact]
    public async Task ReplayedOldRequest_Gets401()
    {
        var old = TimeProvider.System.GetUtcNow().AddMinutes(-6).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

        var response = await _bot.Sender.CommandAsync(SlackHttpHost.Team, SlackHttpHost.Channel, "UALICE", "status", overrides: new SigningOverrides(Timestamp: old));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task FutureTimestamp_Gets401()
    {
        var future = TimeProvider.System.GetUtcNow().AddMinutes(6).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

        var response = await _bot.Sender.ClickAsync(SlackHttpHost.Team, SlackHttpHost.Channel, "UALICE", "watch_pause", "x", new SigningOverrides(Timestamp: future));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("slack/commands")]
    [InlineData("slack/interactions")]
    [InlineData("slack/events")]
    public async Task UnsignedRequest_Gets401(string path)
    {
        var response = await _bot.Sender.PostAsync(path, "{}", "application/json", new SigningOverrides(NoSignature: true));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task SslCheck_Gets200WithoutASignature()
    {
        var response = await _bot.Sender.PostAsync("slack/commands", "ssl_check=1&token=x", "application/x-www-form-urlencoded", new SigningOverrides(NoSignature: true));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task UrlVerification_AnswersTheChallenge()
    {
        var response = await _bot.Sender.EventAsync(Fixtures.Read("slack_events_url_verification_request.json"));
        var expected = JsonNode.Parse(Fixtures.Read("slack_events_url_verification_request.json"))!["challenge"]!.GetValue<string>();

        Assert.Equal(expected, (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["challenge"]);
    }

    [Fact]
    public async Task RetriedEvent_IsAcknowledgedAgain()
    {
        var json = """{"type":"event_callback","event_id":"Ev1","team_id":"T0TEAM","event":{"type":"app_mention"}}""";

        var first = await _bot.Sender.EventAsync(json);
        var retry = await _bot.Sender.EventAsync(json, new SigningOverrides(RetryNum: 1));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
    }

    [Theory]
    [InlineData("slack/commands", "team_id=T1&channel_id=C1", "application/x-www-form-urlencoded")]
    [InlineData("slack/commands", "%%%", "application/x-www-form-urlencoded")]
    [InlineData("slack/interactions", "payload=%7Bnot+json", "application/x-www-form-urlencoded")]
    [InlineData("slack/interactions", "nothing=here", "application/x-www-form-urlencoded")]
    [InlineData("slack/interactions", "payload=%7B%22type%22%3A%22block_actions%22%7D", "application/x-www-form-urlencoded")]
    [InlineData("slack/events", "[1,2", "application/json")]
    [InlineData("slack/events", "{\"type\":\"url_verification\"}", "application/json")]
    public async Task MalformedBodies_Get400(string path, string body, string contentType)
    {
        var response = await _bot.Sender.PostAsync(path, body, contentType);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task TooLongText_GetsAPoliteAnswer_AndStartsNothing()
    {
        var text = await SlackHttpSessionTests.ReplyTextAsync(await _bot.CommandAsync("start title:\"" + new string('x', 1200) + "\""));
        var status = await SlackHttpSessionTests.ReplyTextAsync(await _bot.CommandAsync("status"));

        Assert.Contains("too long", text, StringComparison.Ordinal);
        Assert.Contains("No session", status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NonsenseCommand_GetsAnExample()
    {
        var text = await SlackHttpSessionTests.ReplyTextAsync(await _bot.CommandAsync("dance wildly"));

        Assert.Contains("Try:", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownButton_GetsAPoliteEphemeral()
    {
        var response = await _bot.Sender.ClickAsync(SlackHttpHost.Team, SlackHttpHost.Channel, "UALICE", "launch_rockets", "abc");
        var calls = await _bot.Slack.WaitForAsync(c => c.Any(x => x.Method == "chat.postEphemeral"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("don't know that button", calls.Single(c => c.Method == "chat.postEphemeral").Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ButtonOfAnEndedSession_SaysItIsOver_AndChangesNothing()
    {
        await _bot.CommandAsync("start title:Old in:3s");
        await _bot.Slack.WaitForAsync(c => c.Any(x => x.Body["blocks"] is not null));
        var oldId = _bot.SessionId();
        await _bot.CommandAsync("end");
        await _bot.CommandAsync("start title:New in:30s");

        await _bot.Sender.ClickAsync(SlackHttpHost.Team, SlackHttpHost.Channel, "UALICE", "watch_pause", oldId);
        var calls = await _bot.Slack.WaitForAsync(c => c.Any(x => x.Method == "chat.postEphemeral"));
        var status = await SlackHttpSessionTests.ReplyTextAsync(await _bot.CommandAsync("status"));

        Assert.Contains("over", calls.Single(c => c.Method == "chat.postEphemeral").Text, StringComparison.Ordinal);
        Assert.Contains("counting down", status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RetriedCommand_WithTheSameTriggerId_RunsOnce()
    {
        var form = SlackRequestSender.Form(new Dictionary<string, string>
        {
            ["team_id"] = SlackHttpHost.Team,
            ["channel_id"] = SlackHttpHost.Channel,
            ["user_id"] = "UALICE",
            ["user_name"] = "alice",
            ["command"] = "/watch",
            ["text"] = "start title:Once in:30s",
            ["trigger_id"] = "trigger-1",
        });

        var first = await _bot.Sender.PostAsync("slack/commands", form, "application/x-www-form-urlencoded");
        var retry = await _bot.Sender.PostAsync("slack/commands", form, "application/x-www-form-urlencoded", new SigningOverrides(RetryNum: 1));
        var retryText = await retry.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal("", retryText);
    }

    [Fact]
    public async Task DoubleClick_CountsOnce()
    {
        await _bot.CommandAsync("start title:Clicky in:30s");
        await _bot.Slack.WaitForAsync(c => c.Any(x => x.Body["blocks"] is not null));
        var id = _bot.SessionId();

        await Task.WhenAll(
            _bot.Sender.ClickAsync(SlackHttpHost.Team, SlackHttpHost.Channel, "UBOB", "watch_ready", id),
            _bot.Sender.ClickAsync(SlackHttpHost.Team, SlackHttpHost.Channel, "UBOB", "watch_ready", id));

        // Answers to the sender are FIFO: once this later answer is out, any answer to a second click
        // would be too. The card's edit travels the channel's own queue, so it is waited for as well.
        await _bot.Sender.ClickAsync(SlackHttpHost.Team, SlackHttpHost.Channel, "UCAROL", "no_such_button", id);
        var calls = await _bot.Slack.WaitForAsync(c =>
            c.Any(x => x.Method == "chat.postEphemeral" && (string?)x.Body["user"] == "UCAROL")
            && c.Any(x => x.Method == "chat.update" && x.Body.ToJsonString().Contains("1 ready", StringComparison.Ordinal)));

        Assert.DoesNotContain(calls, c => c.Method == "chat.postEphemeral" && (string?)c.Body["user"] == "UBOB");
        Assert.Contains(calls, c => c.Method == "chat.update" && c.Body.ToJsonString().Contains("1 ready", StringComparison.Ordinal));
    }
}
