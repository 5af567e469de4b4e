using System.Net;
using System.Net.Http.Headers;
using System.Text;
using WatchBot.Emulators.Slack;

namespace WatchBot.Slack.Tests.Api;

/// <summary>
/// The emulator's opt-in per-workspace method tiers (used by the Slack showtime benchmark): a full
/// minute's worth at once, then 429 + Retry-After for that workspace only, and nothing when unset.
/// </summary>
public sealed class SlackEmulatorWorkspaceLimitTests
{
    [Fact]
    public async Task WorkspaceTier_RefusesTheCallOverTheLimit_OnlyInThatWorkspace_UntilTheMinutePasses()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));
        await using var slack = await SlackApiEmulator.StartAsync(time);
        slack.WorkspacePerMinute["chat.update"] = 3;
        slack.WorkspaceOfChannel = channel => channel[..2];
        using var http = new HttpClient { BaseAddress = slack.ApiBaseUrl };

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await UpdateAsync(http, "CA1")).StatusCode);
            time.Advance(TimeSpan.FromSeconds(10));
        }

        var refused = await UpdateAsync(http, "CA2");
        var other = await UpdateAsync(http, "CB1");
        time.Advance(TimeSpan.FromSeconds(30));
        var afterTheMinute = await UpdateAsync(http, "CA1");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(30), refused.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterTheMinute.StatusCode);
        Assert.Equal(1, slack.CallsOf("chat.update").Count(c => c.Status == 429));
    }

    [Fact]
    public async Task WithoutWorkspaceLimits_UpdatesAreNotCounted()
    {
        await using var slack = await SlackApiEmulator.StartAsync(new FakeTimeProvider());
        using var http = new HttpClient { BaseAddress = slack.ApiBaseUrl };

        for (var i = 0; i < 60; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await UpdateAsync(http, "C1")).StatusCode);
        }
    }

    private static async Task<HttpResponseMessage> UpdateAsync(HttpClient http, string channel)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "chat.update")
        {
            Content = new StringContent($$"""{"channel":"{{channel}}","ts":"1.000001","text":"x"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "xoxb-test");
        return await http.SendAsync(request);
    }
}
