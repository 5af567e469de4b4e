using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WatchBot.Emulators.Slack;
using WatchBot.Slack.Api;

namespace WatchBot.Slack.Tests.Api;

// Disposed in DisposeAsync (xunit's IAsyncLifetime), which CA1001 does not see.
#pragma warning disable CA1001
public sealed class SlackWebApiClientTests : IAsyncLifetime
#pragma warning restore CA1001
{
    private SlackApiEmulator _slack = null!;
    private SlackWebApiClient _client = null!;

    public async Task InitializeAsync()
    {
        _slack = await SlackApiEmulator.StartAsync();
        _slack.ExpectedBotToken = "xoxb-test";
        _slack.ExpectedAppToken = "xapp-test";
        _client = new SlackWebApiClient(
            Options.Create(new SlackOptions { BotToken = "xoxb-test", AppToken = "xapp-test", ApiBaseUrl = _slack.ApiBaseUrl.ToString(), PostBurst = 10 }),
            TimeProvider.System,
            NullLogger<SlackWebApiClient>.Instance);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task PostMessage_SendsJsonWithTheBotTokenAndNoLinkNames()
    {
        var result = await _client.PostMessageAsync("C1", new SlackMessage("hello"), CancellationToken.None);

        var call = Assert.Single(_slack.CallsOf("chat.postMessage"));
        Assert.True(result.Ok);
        Assert.NotNull(result.Get("ts"));
        Assert.Equal("xoxb-test", call.Token);
        Assert.Equal("application/json; charset=utf-8", call.ContentType);
        Assert.False(call.Body.ContainsKey("link_names"));
        Assert.Equal("none", (string?)call.Body["parse"]);
    }

    [Fact]
    public async Task NotInChannel_IsAValue_NotAnException()
    {
        _slack.FailChannel("C9", "not_in_channel");

        var result = await _client.PostMessageAsync("C9", new SlackMessage("hello"), CancellationToken.None);

        Assert.False(result.Ok);
        Assert.True(result.IsNotInChannel);
    }

    [Fact]
    public async Task WrongToken_SurfacesInvalidAuth()
    {
        _slack.ExpectedBotToken = "xoxb-other";

        var result = await _client.UpdateMessageAsync("C1", "1.2", new SlackMessage("x"), CancellationToken.None);

        Assert.Equal("invalid_auth", result.Error);
    }

    [Fact]
    public async Task TooManyRequests_IsRetriedAfterRetryAfter()
    {
        _slack.RateLimitNext("chat.update", retryAfterSeconds: 1);

        var result = await _client.UpdateMessageAsync("C1", "1.2", new SlackMessage("x"), CancellationToken.None);

        Assert.True(result.Ok);
        Assert.Equal([429, 200], _slack.CallsOf("chat.update").Select(c => c.Status));
    }

    [Fact]
    public async Task ABurstInOneChannel_IsPacedInsteadOfRefused()
    {
        _slack.PostBurst = 2;
        var strict = new SlackWebApiClient(
            Options.Create(new SlackOptions { BotToken = "xoxb-test", ApiBaseUrl = _slack.ApiBaseUrl.ToString(), PostBurst = 2, PostInterval = TimeSpan.FromMilliseconds(1500) }),
            TimeProvider.System,
            NullLogger<SlackWebApiClient>.Instance);

        // Our pace (1 per 1.5 s after 2) is a little slower than the emulator's (1 per s after 2), leaving room
        // for the first connection's set-up time, which shifts the emulator's window against ours.
        var results = await Task.WhenAll(Enumerable.Range(0, 3).Select(i => strict.PostMessageAsync("C2", new SlackMessage("m"), CancellationToken.None)));
        strict.Dispose();

        Assert.All(results, r => Assert.True(r.Ok));
        Assert.DoesNotContain(_slack.CallsOf("chat.postMessage"), c => c.Status == 429);
    }

    [Fact]
    public async Task ScheduleAndDelete_RoundTrip()
    {
        var scheduled = await _client.ScheduleMessageAsync("C1", DateTimeOffset.FromUnixTimeSeconds(1_900_000_000), new SlackMessage("GO"), CancellationToken.None);
        var id = scheduled.Get("scheduled_message_id")!;
        var deleted = await _client.DeleteScheduledMessageAsync("C1", id, CancellationToken.None);
        var again = await _client.DeleteScheduledMessageAsync("C1", id, CancellationToken.None);

        Assert.Equal(1_900_000_000, (long)_slack.CallsOf("chat.scheduleMessage").Single().Body["post_at"]!);
        Assert.True(deleted.Ok);
        Assert.Equal("invalid_scheduled_message_id", again.Error);
    }

    [Fact]
    public async Task OpenConnection_UsesTheAppToken()
    {
        _slack.SocketModeUrl = new Uri("ws://127.0.0.1:5/link/?ticket=1");

        var url = await _client.OpenConnectionAsync(CancellationToken.None);

        Assert.Equal(_slack.SocketModeUrl, url);
        Assert.Equal("xapp-test", _slack.CallsOf("apps.connections.open").Single().Token);
    }

    [Fact]
    public async Task OpenConnection_WithABadAppToken_ThrowsATypedError()
    {
        _slack.ExpectedAppToken = "xapp-other";

        var error = await Assert.ThrowsAsync<SlackApiException>(() => _client.OpenConnectionAsync(CancellationToken.None));

        Assert.Equal("invalid_auth", error.Error);
    }
}
