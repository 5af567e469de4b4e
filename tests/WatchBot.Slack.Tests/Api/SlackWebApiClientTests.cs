using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WatchBot.Core.Kernel;
using WatchBot.Emulators.Slack;
using WatchBot.Slack.Api;
using WatchBot.Testing;

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
        var result = await _client.PostMessageAsync(In("C1"), new SlackMessage("hello"), CancellationToken.None);

        var call = Assert.Single(_slack.CallsOf("chat.postMessage"));
        Assert.True(result.Ok);
        Assert.NotNull(result.Get("ts"));
        Assert.Equal("xoxb-test", call.Token);
        Assert.Equal("application/json; charset=utf-8", call.ContentType);
        Assert.False(call.Body.ContainsKey("link_names"));
        Assert.Equal("none", (string?)call.Body["parse"]);
    }

    [Fact]
    public async Task UserInfo_SendsTheUserAsAFormField_WithTheBotToken_AndReadsTheZone()
    {
        _slack.UsersReadGranted = true;
        _slack.AddUser("UALICE", "America/New_York");

        var result = await _client.UserInfoAsync("T1", "UALICE", CancellationToken.None);

        var call = Assert.Single(_slack.CallsOf("users.info"));
        Assert.True(result.Ok);
        Assert.Equal("xoxb-test", call.Token);
        Assert.StartsWith("application/x-www-form-urlencoded", call.ContentType, StringComparison.Ordinal);
        Assert.Equal("UALICE", (string?)call.Body["user"]);
        Assert.Equal("America/New_York", (string?)result.Body!["user"]!["tz"]);
    }

    [Fact]
    public async Task UserInfo_WithoutUsersRead_IsMissingScope_AndAMalformedIdIsNeverSent()
    {
        var missing = await _client.UserInfoAsync("T1", "UALICE", CancellationToken.None);
        var malformed = await _client.UserInfoAsync("T1", "U1/../x", CancellationToken.None);

        Assert.Equal("missing_scope", missing.Error);
        Assert.Equal("invalid_id_refused_locally", malformed.Error);
        Assert.Single(_slack.CallsOf("users.info"));
    }

    [Fact]
    public async Task NotInChannel_IsAValue_NotAnException()
    {
        _slack.FailChannel("C9", "not_in_channel");

        var result = await _client.PostMessageAsync(In("C9"), new SlackMessage("hello"), CancellationToken.None);

        Assert.False(result.Ok);
        Assert.True(result.IsNotInChannel);
    }

    [Fact]
    public async Task WrongToken_SurfacesInvalidAuth()
    {
        _slack.ExpectedBotToken = "xoxb-other";

        var result = await _client.UpdateMessageAsync(In("C1"), "1.2", new SlackMessage("x"), CancellationToken.None);

        Assert.Equal("invalid_auth", result.Error);
    }

    [Fact]
    public async Task TooManyRequests_IsRetriedAfterRetryAfter()
    {
        _slack.RateLimitNext("chat.update", retryAfterSeconds: 1);

        var result = await _client.UpdateMessageAsync(In("C1"), "1.2", new SlackMessage("x"), CancellationToken.None);

        Assert.True(result.Ok);
        Assert.Equal([429, 200], _slack.CallsOf("chat.update").Select(c => c.Status));
    }

    [Fact]
    public async Task ABurstInOneChannel_IsPacedInsteadOfRefused()
    {
        _slack.PostBurst = 2;
        var strict = new SlackWebApiClient(
            Options.Create(new SlackOptions { BotToken = "xoxb-test", ApiBaseUrl = _slack.ApiBaseUrl.ToString(), PostBurst = 2, PostInterval = TimeSpan.FromSeconds(3) }),
            TimeProvider.System,
            NullLogger<SlackWebApiClient>.Instance);

        // Our pace (1 per 3 s after 2) is well below the emulator's (1 per s after 2): on the real clock a
        // loaded machine can delay one request's arrival by a second or more and bunch it with the next.
        var results = await Task.WhenAll(Enumerable.Range(0, 3).Select(i => strict.PostMessageAsync(In("C2"), new SlackMessage("m"), CancellationToken.None)));
        strict.Dispose();

        Assert.All(results, r => Assert.True(r.Ok));
        Assert.DoesNotContain(_slack.CallsOf("chat.postMessage"), c => c.Status == 429);
    }

    [Fact]
    public async Task ScheduleAndDelete_RoundTrip()
    {
        var scheduled = await _client.ScheduleMessageAsync(In("C1"), DateTimeOffset.FromUnixTimeSeconds(1_900_000_000), new SlackMessage("GO"), CancellationToken.None);
        var id = scheduled.Get("scheduled_message_id")!;
        var deleted = await _client.DeleteScheduledMessageAsync(In("C1"), id, CancellationToken.None);
        var again = await _client.DeleteScheduledMessageAsync(In("C1"), id, CancellationToken.None);

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

    [Fact]
    public async Task Tiers_AreCountedPerWorkspace_AsSlackCountsThem()
    {
        // The emulator allows 50 chat.update a minute per workspace; so does our pace. A workspace that
        // spent its minute waits, and the next workspace does not wait with it.
        var clock = new FakeTimeProvider(TestTime.Start);
        await using var slack = await SlackApiEmulator.StartAsync(clock);
        slack.WorkspaceOfChannel = channel => channel[..2];
        slack.WorkspacePerMinute["chat.update"] = 50;
        using var client = new SlackWebApiClient(
            Options.Create(new SlackOptions { BotToken = "xoxb-test", ApiBaseUrl = slack.ApiBaseUrl.ToString() }), clock, NullLogger<SlackWebApiClient>.Instance);
        var busy = new ChannelAddress("slack", "T1", "CA1");
        var other = new ChannelAddress("slack", "T2", "CB1");

        await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => client.UpdateMessageAsync(busy, "1.2", new SlackMessage("x"), CancellationToken.None)));
        var waiting = client.UpdateMessageAsync(busy, "1.2", new SlackMessage("x"), CancellationToken.None);
        var elsewhere = await client.UpdateMessageAsync(other, "1.2", new SlackMessage("x"), CancellationToken.None);

        Assert.True(elsewhere.Ok);
        Assert.False(waiting.IsCompleted);
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True((await waiting).Ok);
        Assert.DoesNotContain(slack.Calls, c => c.Status == 429);
    }

    private static ChannelAddress In(string channel) => new("slack", "T1", channel);
}
