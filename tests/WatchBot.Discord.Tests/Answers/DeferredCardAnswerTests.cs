using Microsoft.Extensions.DependencyInjection;
using WatchBot.Discord.Tests.Support;
using WatchBot.Emulators.Discord;
using WatchBot.Engine.Ports;
using WatchBot.Storage.Sqlite;
using static WatchBot.Discord.Tests.Answers.CardAnswerTests;

namespace WatchBot.Discord.Tests.Answers;

/// <summary>
/// A card answer slower than the budget: "thinking…" in public (type 5, no flags), then the card by
/// editing <c>@original</c>; a refusal after a public deferral is deleted and told privately instead.
/// </summary>
public sealed class DeferredCardAnswerTests : IAsyncLifetime
{
    private DiscordHttpHarness _bot = null!;

    // Every live-session lookup takes 600 ms against a budget of 100 ms: the answer cannot be inline.
    public async Task InitializeAsync() => _bot = await DiscordHttpHarness.StartAsync(
        services => services.AddSingleton<ISessionStore>(sp => new SlowSessionStore(sp.GetRequiredService<SqliteSessionStore>(), TimeSpan.FromMilliseconds(600))),
        "--Discord:AckBudget=00:00:00.100",
        "--Discord:AnswerWithCard=true");

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task SlowStart_DefersInPublic_ThenTheCardIsTheOriginal_AndASlowRefusalStaysPrivate()
    {
        var start = DiscordInteractions.Watch("start", Options(("title", "Heat"), ("in", "10m")));
        var (_, answer) = await _bot.SendAsync(start);

        Assert.Equal(5, answer!["type"]!.GetValue<int>());
        Assert.Null(answer["data"]);
        var card = await _bot.WaitForCallAsync(c => c.IsOriginalEdit && c.Path.Contains(Token(start), StringComparison.Ordinal));
        Assert.Contains("Heat", card.Content, StringComparison.Ordinal);
        Assert.NotNull(card.Json!["allowed_mentions"]);

        var again = DiscordInteractions.Watch("start", Options(("title", "Alien"), ("in", "10m")), userId: "2000000000000000002", name: "bob");
        var (_, deferred) = await _bot.SendAsync(again);
        Assert.Equal(5, deferred!["type"]!.GetValue<int>());
        var note = await _bot.WaitForCallAsync(c => c.Method == "POST" && c.Path.EndsWith(Token(again), StringComparison.Ordinal));
        Assert.Equal(64, note.Json!["flags"]!.GetValue<int>());
        Assert.Contains(_bot.Api.Calls, c => c.Method == "DELETE" && c.Path.Contains(Token(again), StringComparison.Ordinal) && c.Status == 204);
        Assert.DoesNotContain(_bot.Api.Calls, c => c.IsMessageWrite && c.Method == "POST" && c.Content.Contains("<t:", StringComparison.Ordinal));
        Assert.Null(_bot.Api.InteractionOf(Token(again))!.MessageId);
    }
}
