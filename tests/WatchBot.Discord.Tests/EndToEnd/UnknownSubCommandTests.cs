using WatchBot.Discord.Tests.Support;
using WatchBot.Emulators.Discord;

namespace WatchBot.Discord.Tests.EndToEnd;

/// <summary>
/// A sub-command this build does not declare (a stale client, a definition registered by another
/// build) is answered like a typo in the shell: ephemeral, with the one meant, and nothing happens.
/// </summary>
public sealed class UnknownSubCommandTests : IAsyncLifetime
{
    private DiscordHttpHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await DiscordHttpHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Mistyped_IsAnsweredWithTheOneMeant_AndStartsNothing()
    {
        var (status, answer) = await _bot.SendAsync(DiscordInteractions.Watch("strat", new Dictionary<string, string> { ["title"] = "Heat" }));

        var content = DiscordHttpHarness.Content(answer);
        Assert.Equal(200, status);
        Assert.Equal(64, answer!["data"]!["flags"]!.GetValue<int>());
        Assert.Contains("Did you mean start?", content, StringComparison.Ordinal);
        Assert.Contains("/watch start title:Heat", content, StringComparison.Ordinal);
        Assert.DoesNotContain("this list", content, StringComparison.Ordinal);
        await AssertNothingStartedAsync();
    }

    [Fact]
    public async Task NothingClose_ListsWhatExists_AndIsNotHelp()
    {
        var (_, answer) = await _bot.SendAsync(DiscordInteractions.Watch("dance"));

        var content = DiscordHttpHarness.Content(answer);
        Assert.Contains("I don't know \"dance\"", content, StringComparison.Ordinal);
        Assert.Contains("start, schedule", content, StringComparison.Ordinal);
        Assert.DoesNotContain("this list", content, StringComparison.Ordinal);
    }

    private async Task AssertNothingStartedAsync()
    {
        var (_, answer) = await _bot.SendAsync(DiscordInteractions.Watch("status"));
        Assert.Contains("No session is running here", DiscordHttpHarness.Content(answer), StringComparison.Ordinal);
    }
}
