using WatchBot.Emulators.Discord;
using static WatchBot.Discord.Tests.Answers.CardAnswerTests;

namespace WatchBot.Discord.Tests.Answers;

/// <summary>
/// GO goes as a follow-up on the channel's latest button press while its token lives (not bound by
/// the global 50/s), through the channel route when there is none or it fails.
/// </summary>
public sealed class GoFollowUpTests
{
    [Fact]
    public async Task AReadyPressed_CarriesTheGo_AsAFollowUpOnItsToken()
    {
        await using var bot = await CardAnswerHost.StartAsync();
        var press = await ReadyPress.TwoMinutesBeforeGoAsync(bot);
        bot.Clock.Advance(TimeSpan.FromMinutes(2));

        var go = await bot.WaitForCallAsync(c => c.Content.Contains("GO!", StringComparison.Ordinal));
        Assert.True(go.IsPublicFollowUp);
        Assert.Equal($"/webhooks/{DiscordInteractions.ApplicationId}/{Token(press)}", go.Path);
        Assert.Equal(200, go.Status);
        Assert.Empty(go.Json!["allowed_mentions"]!["parse"]!.AsArray());
        Assert.DoesNotContain(bot.Api.Calls, c => c.IsMessageWrite && c.Content.Contains("GO!", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OnlyACommand_NoButton_TheGoGoesThroughTheChannel()
    {
        await using var bot = await CardAnswerHost.StartAsync();
        var start = DiscordInteractions.Watch("start", Options(("title", "Heat"), ("in", "10m")));
        await bot.WaitForCardSlotAsync(start, await bot.SendAsync(start));

        bot.Clock.Advance(TimeSpan.FromMinutes(10));

        var go = await bot.WaitForCallAsync(c => c.Content.Contains("GO!", StringComparison.Ordinal));
        Assert.Equal($"/channels/{DiscordInteractions.ChannelId}/messages", go.Path);
    }

    [Fact]
    public async Task NoInteractionInTheLast15Minutes_TheGoGoesThroughTheChannel()
    {
        await using var bot = await CardAnswerHost.StartAsync();
        var schedule = DiscordInteractions.Watch("schedule", Options(("title", "Dune"), ("at", "in 30m")));
        await bot.WaitForCardSlotAsync(schedule, await bot.SendAsync(schedule));

        bot.Clock.Advance(TimeSpan.FromMinutes(29));
        await bot.WaitForCallAsync(c => c.IsMessageWrite && c.Method == "PATCH" && c.Content.Contains("Dune", StringComparison.Ordinal));
        bot.Clock.Advance(TimeSpan.FromMinutes(1));

        var go = await bot.WaitForCallAsync(c => c.Content.Contains("GO!", StringComparison.Ordinal));
        Assert.Equal($"/channels/{DiscordInteractions.ChannelId}/messages", go.Path);
        Assert.Equal("POST", go.Method);
        Assert.DoesNotContain(bot.Api.Calls, c => c.Path.StartsWith("/webhooks/", StringComparison.Ordinal) && c.Method == "POST");
    }

    [Fact]
    public async Task AFollowUpRefused_TheGoStillGoesThroughTheChannel()
    {
        await using var bot = await CardAnswerHost.StartAsync();
        var start = DiscordInteractions.Watch("start", Options(("title", "Heat"), ("in", "10m")));
        var answer = await bot.SendAsync(start);
        await bot.WaitForCardSlotAsync(start, answer);
        var press = DiscordInteractions.Click(CustomIds(answer).Single(id => id.StartsWith("watch:ready:", StringComparison.Ordinal)), "2000000000000000002", "bob");
        await bot.SendAsync(press);
        await bot.WaitForCallAsync(c => c.IsOriginalEdit && c.Content.Contains("1 ready", StringComparison.Ordinal));

        // Discord forgets the press (its webhook answers 401 from now on): the bot is not told.
        bot.Api.Revoke(Token(press));
        bot.Clock.Advance(TimeSpan.FromMinutes(10));

        var go = await bot.WaitForCallAsync(c => c.IsMessageWrite && c.Content.Contains("GO!", StringComparison.Ordinal));
        Assert.Equal(200, go.Status);
        Assert.Contains(bot.Api.Calls, c => c.IsPublicFollowUp && c.Status == 401);
    }
}
