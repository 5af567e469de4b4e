using WatchBot.Core.Notices;
using WatchBot.Core.Sessions;
using WatchBot.Core.Views;
using WatchBot.Discord.Tests.Publishing.Support;
using WatchBot.Discord.Tests.Rendering;
using WatchBot.Discord.Tests.Support;
using WatchBot.Platform.Outbound;
using static WatchBot.Discord.Tests.Publishing.Support.Sessions;

namespace WatchBot.Discord.Tests.Publishing;

/// <summary>
/// Discord on the platform kit: the publisher queues and returns, the card is posted once and then
/// edited in place, GO goes before the card's edit, a waiting state is replaced, every body is safe.
/// </summary>
public sealed class DiscordChannelPublisherTests
{
    [Fact]
    public async Task PublishAsync_ReturnsWhileDiscordIsStillSlow()
    {
        await using var bot = new PublisherUnderTest(new RecordingRest(held: true));

        var publishing = bot.PublishAsync(new PlaybackStarted(In(SessionPhase.Playing), TimeSpan.Zero).ToChannel());

        Assert.True(publishing.IsCompletedSuccessfully);
        bot.Rest.Open.SetResult();
        await bot.IdleAsync();
        Assert.Equal(2, bot.Rest.MessageCalls.Count);
    }

    [Fact]
    public async Task Card_IsPostedOnce_ThenEditedInPlace_UnderItsLinkKey()
    {
        await using var bot = new PublisherUnderTest();

        await bot.PublishAsync(new CountdownStarted(In(SessionPhase.CountingDown), Now.AddSeconds(10), TimeSpan.Zero, null, false).ToChannel());
        await bot.IdleAsync();
        var messageId = bot.Links[DiscordPlatform.Name, "card:session:s1"];
        await bot.PublishAsync(new ReadyMarked(In(SessionPhase.CountingDown), new UserRef("discord", "2", "bob"), 1).ToChannel());
        await bot.IdleAsync();

        Assert.NotNull(messageId);
        Assert.Equal(["POST /channels/77/messages", $"PATCH /channels/77/messages/{messageId}"], bot.Rest.MessageCalls.Select(c => $"{c.Method} {c.Path}"));
    }

    [Fact]
    public async Task DeletedCard_IsPostedAgain_AndTheNewIdKept()
    {
        await using var bot = new PublisherUnderTest();
        await bot.PublishAsync(new CountdownStarted(In(SessionPhase.CountingDown), Now.AddSeconds(10), TimeSpan.Zero, null, false).ToChannel());
        await bot.IdleAsync();
        var first = bot.Links[DiscordPlatform.Name, "card:session:s1"];
        bot.Rest.Answer = route => route.Method == HttpMethod.Patch ? RecordingRest.Error(404, 10008) : null;

        await bot.PublishAsync(new ReadyMarked(In(SessionPhase.CountingDown), new UserRef("discord", "2", "bob"), 1).ToChannel());
        await bot.IdleAsync();

        Assert.Equal(["POST", "PATCH", "POST"], bot.Rest.MessageCalls.Select(c => c.Method));
        Assert.NotEqual(first, bot.Links[DiscordPlatform.Name, "card:session:s1"]);
        Assert.NotNull(bot.Links[DiscordPlatform.Name, "card:session:s1"]);
    }

    [Fact]
    public async Task Go_IsPostedBeforeTheCardIsEdited()
    {
        await using var bot = new PublisherUnderTest();
        await bot.PublishAsync(new CountdownStarted(In(SessionPhase.CountingDown), Now.AddSeconds(10), TimeSpan.Zero, null, false).ToChannel());
        await bot.IdleAsync();

        await bot.PublishAsync(new PlaybackStarted(In(SessionPhase.Playing), TimeSpan.Zero).ToChannel());
        await bot.IdleAsync();

        var calls = bot.Rest.MessageCalls;
        Assert.Contains("GO!", calls[1].Content, StringComparison.Ordinal);
        Assert.True(calls[1].IsPost);
        Assert.True(calls[2].IsEdit);
        Assert.Contains("is playing", calls[2].Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ManyChannelsStartingTogether_EveryGoGoesBeforeAnyCardEdit()
    {
        // One worker makes the order across channels exact; with more, only the tail can interleave.
        var rest = new RecordingRest(held: true);
        await using var bot = new PublisherUnderTest(rest, new KitOptions { Workers = 1 });
        var channels = Enumerable.Range(0, 40).Select(i => (100 + i).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();

        foreach (var channel in channels)
        {
            await bot.PublishAsync(new PlaybackStarted(In(SessionPhase.Playing, "s" + channel, channel), TimeSpan.Zero).ToChannel(), channel);
        }

        rest.Open.SetResult();
        await bot.IdleAsync();

        var calls = rest.MessageCalls;
        Assert.Equal(80, calls.Count);
        Assert.All(calls.Take(40), c => Assert.Contains("GO!", c.Content, StringComparison.Ordinal));
        Assert.Equal(channels, calls.Take(40).Select(c => c.ChannelId));
        Assert.All(calls.Skip(40), c => Assert.Contains("is playing", c.Content, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AStateStillWaiting_IsReplacedByTheNewerOne()
    {
        var rest = new RecordingRest(held: true);
        await using var bot = new PublisherUnderTest(rest);
        var paused = In(SessionPhase.Paused);

        await bot.PublishAsync(new CountdownStarted(In(SessionPhase.CountingDown), Now.AddSeconds(10), TimeSpan.Zero, null, false).ToChannel());
        await Within.AsyncUntil(() => rest.Calls.Count, n => n == 1);
        await bot.PublishAsync(new PlaybackPaused(paused, TimeSpan.FromSeconds(3), new UserRef("discord", "1", "ann")).ToChannel());
        await bot.PublishAsync(new PlaybackStarted(In(SessionPhase.Playing), TimeSpan.FromSeconds(3)).ToChannel());
        rest.Open.SetResult();
        await bot.IdleAsync();

        var calls = rest.MessageCalls;
        Assert.Equal(4, calls.Count);
        Assert.Single(calls, c => c.IsEdit);
        Assert.DoesNotContain(calls, c => c.Content.Contains("is paused at", StringComparison.Ordinal));
        Assert.Contains(calls, c => c.Content.StartsWith("⏸ Paused at", StringComparison.Ordinal));
        Assert.Contains(calls, c => c.Content.Contains("GO!", StringComparison.Ordinal));
        Assert.Contains("is playing", calls.Single(c => c.IsEdit).Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReactionLines_AreBatched_TwentyToAMessageAtMost()
    {
        await using var bot = new PublisherUnderTest();
        for (var i = 0; i < 25; i++)
        {
            var reaction = new Reaction(i + 1, "😂", null, TimeSpan.FromSeconds(i), new UserRef("discord", $"{i}", $"fan{i}"), Now);
            await bot.PublishAsync(new ReactionAdded(In(SessionPhase.Playing), reaction).ToChannel());
        }

        Assert.Empty(bot.Rest.MessageCalls);
        bot.Time.Advance(new DiscordOptions().ReactionBatchWindow);
        await Within.AsyncUntil(() => bot.Rest.MessageCalls.Count, n => n == 1);
        bot.Time.Advance(new DiscordOptions().ReactionBatchWindow);
        await bot.IdleAsync();

        Assert.Equal([20, 5], bot.Rest.MessageCalls.Select(c => c.Content.Split('\n').Length));
        Assert.StartsWith("😂 at 0:00:00 — fan0\n😂 at 0:00:01 — fan1", bot.Rest.MessageCalls[0].Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EverySendAndEdit_CarriesAllowedMentionsWithNothingAllowed()
    {
        await using var bot = new PublisherUnderTest();
        await bot.PublishAsync(new CountdownStarted(In(SessionPhase.CountingDown) with { Title = "@everyone <@1>" }, Now.AddSeconds(10), TimeSpan.Zero, null, false).ToChannel());
        await bot.IdleAsync();
        await bot.PublishAsync(new PlaybackStarted(In(SessionPhase.Playing) with { Title = "@everyone <@1>" }, TimeSpan.Zero).ToChannel());
        await bot.PublishAsync(new ChannelView { Announcements = [new Announcement(ViewLine.Of($"{new UserTextPart("@here")}"))] });
        await bot.IdleAsync();

        Assert.Equal(["POST", "POST", "POST", "PATCH"], bot.Rest.MessageCalls.Select(c => c.Method));
        Assert.All(bot.Rest.MessageCalls, c => ViewPayloadTests.AssertSafe(c.Body!));
        Assert.All(bot.Rest.MessageCalls, c => Assert.DoesNotContain("@everyone", c.Content, StringComparison.Ordinal));
    }
}
