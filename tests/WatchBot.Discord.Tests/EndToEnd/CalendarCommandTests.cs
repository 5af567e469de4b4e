using System.Net;
using System.Text.RegularExpressions;
using WatchBot.Discord.Tests.Support;
using WatchBot.Emulators.Discord;

namespace WatchBot.Discord.Tests.EndToEnd;

/// <summary>
/// <c>/watch calendar [action:reset]</c> through the signed HTTP endpoint: moderators get the feed's
/// address privately, the same web host serves it, and a reset revokes the old address.
/// </summary>
public sealed partial class CalendarCommandTests : IAsyncLifetime
{
    private const string Manager = "2000000000000000007";
    private const string ManageGuild = "32";

    private DiscordHttpHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await DiscordHttpHarness.StartAsync("--Http:PublicBaseUrl=https://watch.example.com");

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task AManager_GetsTheAddressPrivately_TheHostServesIt_AndResetRevokesIt()
    {
        var refused = await CalendarAsync(null, by: "2000000000000000001", permissions: "0");
        await _bot.SendAsync(DiscordInteractions.Watch("schedule", new Dictionary<string, string> { ["title"] = "Alien", ["at"] = "in 2h" }));
        var issued = await CalendarAsync(null, by: Manager, permissions: ManageGuild);
        var again = await CalendarAsync(null, by: Manager, permissions: ManageGuild);
        var reset = await CalendarAsync("reset", by: Manager, permissions: ManageGuild);

        Assert.Contains("only a moderator", refused, StringComparison.Ordinal);
        Assert.Contains("Manage Server", refused, StringComparison.Ordinal);
        Assert.Contains("can't show it again", again, StringComparison.Ordinal);
        Assert.Contains("the old address no longer works", reset, StringComparison.Ordinal);
        using var http = new HttpClient { BaseAddress = _bot.Endpoint };
        using var old = await http.GetAsync(PathIn(issued));
        using var fresh = await http.GetAsync(PathIn(reset));
        Assert.Equal(HttpStatusCode.NotFound, old.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        Assert.Equal("text/calendar", fresh.Content.Headers.ContentType?.MediaType);
        var body = await fresh.Content.ReadAsStringAsync();
        Assert.Contains("SUMMARY:Alien\r\n", body, StringComparison.Ordinal);
        Assert.DoesNotContain("alice", body, StringComparison.Ordinal);
    }

    private async Task<string> CalendarAsync(string? action, string by, string permissions)
    {
        var options = action is null ? null : new Dictionary<string, string> { ["action"] = action };
        var (status, answer) = await _bot.SendAsync(DiscordInteractions.Watch("calendar", options, userId: by, name: "manager", permissions: permissions));
        Assert.Equal(200, status);
        return DiscordHttpHarness.Content(answer);
    }

    /// <summary>The path of the address in an answer, a link without embed: &lt;https://watch.example.com/calendar/….ics&gt;.</summary>
    private static string PathIn(string content)
    {
        var match = Address().Match(content);
        Assert.True(match.Success, content);
        return match.Groups[1].Value;
    }

    [GeneratedRegex(@"<https://watch\.example\.com(/calendar/[A-Za-z0-9_-]{43}\.ics)>")]
    private static partial Regex Address();
}
