using WatchBot.Discord.Tests.Support;
using WatchBot.Emulators.Discord;

namespace WatchBot.Discord.Tests.EndToEnd;

/// <summary>Moderators on Discord: a configured role, or Manage Server / Manage Events; others may not pause someone else's session.</summary>
public sealed class ModeratorRoleTests : IAsyncLifetime
{
    private const string ModRole = "4000000000000000001";
    private DiscordHttpHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await DiscordHttpHarness.StartAsync($"--Discord:ModeratorRoleIds:0={ModRole}");

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task OnlyModerators_MayPauseTheHostsSession()
    {
        await _bot.SendAsync(DiscordInteractions.Watch("start", new Dictionary<string, string> { ["in"] = "10s" }));

        var (_, stranger) = await _bot.SendAsync(DiscordInteractions.Watch("pause", userId: "2000000000000000009", name: "bob"));
        var (_, withRole) = await _bot.SendAsync(DiscordInteractions.Watch("pause", userId: "2000000000000000008", name: "carol", roles: [ModRole]));
        var (_, status) = await _bot.SendAsync(DiscordInteractions.Watch("status"));

        Assert.StartsWith("Sorry", DiscordHttpHarness.Content(stranger), StringComparison.Ordinal);
        Assert.DoesNotContain("Sorry", DiscordHttpHarness.Content(withRole), StringComparison.Ordinal);
        Assert.Contains("paused", DiscordHttpHarness.Content(status), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ManageEvents_MakesAModerator()
    {
        await _bot.SendAsync(DiscordInteractions.Watch("start", new Dictionary<string, string> { ["in"] = "10s" }));

        var (_, manager) = await _bot.SendAsync(DiscordInteractions.Watch("pause", userId: "2000000000000000007", name: "dan", permissions: "8589934592"));

        Assert.DoesNotContain("Sorry", DiscordHttpHarness.Content(manager), StringComparison.Ordinal);
    }
}
