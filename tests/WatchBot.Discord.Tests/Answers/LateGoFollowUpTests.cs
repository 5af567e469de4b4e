using Microsoft.Extensions.DependencyInjection;
using WatchBot.Discord.Publishing;
using WatchBot.Emulators.Discord;
using static WatchBot.Discord.Tests.Answers.CardAnswerTests;

namespace WatchBot.Discord.Tests.Answers;

/// <summary>
/// A GO whose timer fired more than <c>Sessions:LateGoTolerance</c> (5 s) late says "started N ago"
/// instead; on a busy bot that is most starts. It goes the way a GO goes: as a follow-up on the
/// channel's latest button press while its token lives, through the channel route otherwise, and
/// the channel gets exactly one start message either way.
/// </summary>
public sealed class LateGoFollowUpTests
{
    private static readonly TimeSpan Late = TimeSpan.FromSeconds(12);

    [Fact]
    public async Task ALateStart_AfterAReadyPress_GoesAsAFollowUpOnItsToken_Once()
    {
        await using var bot = await CardAnswerHost.StartAsync();
        var press = await ReadyPress.TwoMinutesBeforeGoAsync(bot);

        // The GO timer fires 12 s after its instant, as on a machine starting thousands of sessions.
        bot.Clock.Advance(TimeSpan.FromMinutes(2) + Late);

        var late = await bot.WaitForCallAsync(IsStartMessage);
        Assert.Contains("started 12s ago", late.Content, StringComparison.Ordinal);
        Assert.True(late.IsPublicFollowUp);
        Assert.Equal($"/webhooks/{DiscordInteractions.ApplicationId}/{Token(press)}", late.Path);
        Assert.Equal(200, late.Status);
        Assert.Empty(late.Json!["allowed_mentions"]!["parse"]!.AsArray());
        await IdleAsync(bot);
        Assert.Single(bot.Api.Calls, c => IsStartMessage(c) && c.Status == 200);
        Assert.DoesNotContain(bot.Api.Calls, c => c.IsMessageWrite && IsStartMessage(c));
    }

    [Fact]
    public async Task ALateStart_WithNoButtonPressed_GoesThroughTheChannel_Once()
    {
        await using var bot = await CardAnswerHost.StartAsync();
        var start = DiscordInteractions.Watch("start", Options(("title", "Heat"), ("in", "10m")));
        await bot.WaitForCardSlotAsync(start, await bot.SendAsync(start));

        bot.Clock.Advance(TimeSpan.FromMinutes(10) + Late);

        var late = await bot.WaitForCallAsync(IsStartMessage);
        Assert.Contains("started 12s ago", late.Content, StringComparison.Ordinal);
        Assert.Equal($"/channels/{DiscordInteractions.ChannelId}/messages", late.Path);
        Assert.Equal("POST", late.Method);
        await IdleAsync(bot);
        Assert.Single(bot.Api.Calls, c => IsStartMessage(c) && c.Status == 200);
        Assert.DoesNotContain(bot.Api.Calls, c => c.Path.StartsWith("/webhooks/", StringComparison.Ordinal) && c.Method == "POST");
    }

    /// <summary>GO, or its late form, wherever it was sent.</summary>
    private static bool IsStartMessage(DiscordApiCall call) =>
        call.Content.Contains("GO!", StringComparison.Ordinal) || call.Content.Contains(" ago — now at ", StringComparison.Ordinal);

    /// <summary>Everything the start caused (the card's edit after the line) has been sent.</summary>
    private static Task IdleAsync(CardAnswerHost bot) =>
        bot.Services.GetRequiredService<DiscordChannelPublisher>().Kit.WaitIdleAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30), TimeProvider.System);
}
