using Microsoft.Extensions.DependencyInjection;
using WatchBot.Discord.Tests.Support;
using WatchBot.Emulators.Discord;
using WatchBot.Engine.Ports;
using WatchBot.Storage.Sqlite;

namespace WatchBot.Discord.Tests.EndToEnd;

/// <summary>An answer slower than Discord:AckBudget is deferred (type 5, ephemeral) and completed by editing @original.</summary>
public sealed class DeferredAnswerTests : IAsyncLifetime
{
    private DiscordHttpHarness _bot = null!;

    // A store that takes 600 ms against a budget of 100 ms: the answer cannot be inline.
    public async Task InitializeAsync() => _bot = await DiscordHttpHarness.StartAsync(
        services => services.AddSingleton<ISessionStore>(sp => new SlowSessionStore(sp.GetRequiredService<SqliteSessionStore>(), TimeSpan.FromMilliseconds(600))),
        "--Discord:AckBudget=00:00:00.100");

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task SlowAnswer_IsDeferredThenFollowedUp()
    {
        var (status, answer) = await _bot.SendAsync(DiscordInteractions.Watch("status"));

        Assert.Equal(200, status);
        Assert.Equal(5, answer!["type"]!.GetValue<int>());
        Assert.Equal(64, answer["data"]!["flags"]!.GetValue<int>());
        var edit = await _bot.WaitForCallAsync(c => c.Method == "PATCH" && c.Path.EndsWith("/messages/@original", StringComparison.Ordinal));
        Assert.Contains("No session is running here", edit.Content, StringComparison.Ordinal);
        Assert.NotNull(edit.Json!["allowed_mentions"]);
    }
}
