using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WatchBot.Slack.Api;
using WatchBot.Slack.Inbound;
using WatchBot.Slack.Tests.Support;
using WatchBot.Testing;

namespace WatchBot.Slack.Tests.Inbound;

/// <summary>
/// A person's own zone from users.info: Slack's real answers (the recorded fixtures), remembered for a
/// while, never waited on past the timeout, and every failure a silent fall back to the workspace's zone.
/// </summary>
public sealed class SlackUserZonesTests
{
    private readonly FakeTimeProvider _time = new(TestTime.Start);
    private readonly ScriptedSlackApi _api = new();
    private readonly SlackUserZones _zones;

    public SlackUserZonesTests() => _zones = new SlackUserZones(
        _api,
        Options.Create(new SlackOptions { UserZoneTimeout = TimeSpan.FromSeconds(1), UserZoneMemory = TimeSpan.FromHours(6) }),
        _time,
        NullLogger<SlackUserZones>.Instance);

    [Fact]
    public async Task SlacksRecordedAnswer_GivesItsTz_RememberedForTheMemory()
    {
        _api.Answer = SlackApiResult.Parse(Fixtures.Read("slack_web_users_info_response_ok.json"));

        Assert.Equal("America/Los_Angeles", await Zone("W012A3CDE"));
        _time.Advance(TimeSpan.FromHours(5));
        Assert.Equal("America/Los_Angeles", await Zone("W012A3CDE"));
        Assert.Equal(1, _api.Calls);

        _time.Advance(TimeSpan.FromHours(2));
        Assert.Equal("America/Los_Angeles", await Zone("W012A3CDE"));
        Assert.Equal(2, _api.Calls);
    }

    [Fact]
    public async Task WithoutUsersRead_TheWorkspaceIsNotAskedAgain_UntilTheMemoryPasses()
    {
        _api.Answer = SlackApiResult.Failed("missing_scope");

        Assert.Null(await Zone("UALICE"));
        Assert.Null(await Zone("UBOB"));
        Assert.Equal(1, _api.Calls);

        _time.Advance(TimeSpan.FromHours(6));
        _api.Answer = SlackApiResult.Parse(Fixtures.Read("slack_web_users_info_response_ok.json"));
        Assert.Equal("America/Los_Angeles", await Zone("UBOB"));
    }

    [Fact]
    public async Task AnUnknownPerson_IsRemembered_ButATransportFailureIsAskedAgain()
    {
        _api.Answer = SlackApiResult.Parse(Fixtures.Read("slack_web_users_info_response_error.json"));
        Assert.Null(await Zone("UGONE"));
        Assert.Null(await Zone("UGONE"));
        Assert.Equal(1, _api.Calls);

        _api.Answer = SlackApiResult.Failed("rate_limited_or_unavailable");
        Assert.Null(await Zone("UALICE"));
        Assert.Null(await Zone("UALICE"));
        Assert.Equal(3, _api.Calls);
    }

    [Theory]
    [InlineData("""{"ok":true,"user":{"id":"UBOT","is_bot":true}}""")]
    [InlineData("""{"ok":true,"user":{"id":"U1","tz":"Mars/Olympus_Mons"}}""")]
    [InlineData("""{"ok":true,"user":{"id":"U1","tz":42}}""")]
    [InlineData("""{"ok":true}""")]
    public async Task NoZoneTheTzDatabaseKnows_IsNull(string answer)
    {
        _api.Answer = SlackApiResult.Parse(answer);

        Assert.Null(await Zone("U1"));
    }

    [Fact]
    public async Task ASlowSlack_IsCutAtTheTimeout_AndAskedAgainNextTime()
    {
        _api.Hang = true;

        var pending = Zone("UALICE");
        Assert.False(pending.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(1));

        Assert.Null(await pending);
        _api.Hang = false;
        _api.Answer = SlackApiResult.Parse(Fixtures.Read("slack_web_users_info_response_ok.json"));
        Assert.Equal("America/Los_Angeles", await Zone("UALICE"));
    }

    [Fact]
    public async Task AnApiThatThrows_IsNull()
    {
        _api.Throw = true;

        Assert.Null(await Zone("UALICE"));
    }

    [Fact]
    public async Task ATimeoutOfZero_NeverAsks()
    {
        var zones = new SlackUserZones(_api, Options.Create(new SlackOptions { UserZoneTimeout = TimeSpan.Zero }), _time, NullLogger<SlackUserZones>.Instance);

        Assert.Null(await zones.ForAsync("T1", "UALICE", CancellationToken.None));
        Assert.Equal(0, _api.Calls);
    }

    private Task<string?> Zone(string user) => _zones.ForAsync("T1", user, CancellationToken.None);
}
