using System.Text.Json.Nodes;
using WatchBot.Emulators.Discord;
using static WatchBot.Discord.Tests.Answers.CardAnswerTests;

namespace WatchBot.Discord.Tests.Answers;

/// <summary>The set-up of the follow-up tests: a session counting down, and a fan's button press whose token can carry its GO.</summary>
internal static class ReadyPress
{
    /// <summary>
    /// alice's <c>/watch start title:Heat in:10m</c>, then bob presses Ready 8 minutes in, 2 minutes
    /// before GO; returns his press once the card shows it.
    /// </summary>
    public static async Task<JsonObject> TwoMinutesBeforeGoAsync(CardAnswerHost bot)
    {
        var start = DiscordInteractions.Watch("start", Options(("title", "Heat"), ("in", "10m")));
        var answer = await bot.SendAsync(start);
        await bot.WaitForCardSlotAsync(start, answer);
        var ready = CustomIds(answer).Single(id => id.StartsWith("watch:ready:", StringComparison.Ordinal));

        bot.Clock.Advance(TimeSpan.FromMinutes(8));
        var press = DiscordInteractions.Click(ready, "2000000000000000002", "bob");
        await bot.SendAsync(press);
        await bot.WaitForCallAsync(c => c.IsOriginalEdit && c.Content.Contains("1 ready", StringComparison.Ordinal));
        return press;
    }
}
