using WatchBot.Core.Notices;
using WatchBot.Core.Sessions;
using WatchBot.Core.Views;
using WatchBot.Discord.Publishing;
using WatchBot.Discord.Tests.Publishing.Support;
using WatchBot.Discord.Tests.Support;
using WatchBot.Platform.Outbound;
using static WatchBot.Discord.Tests.Publishing.Support.Sessions;

namespace WatchBot.Discord.Tests.Publishing;

/// <summary>Discord's answers in the kit's words, and a spent route handed back instead of waited on.</summary>
public sealed class DiscordMessengerTests
{
    private static readonly Card Card = SessionCardOf(SessionPhase.Playing);

    [Theory]
    [InlineData(403, 50013, SendStatus.CannotPost, "50013")]
    [InlineData(403, 50001, SendStatus.CannotPost, "50001")]
    [InlineData(500, 0, SendStatus.Failed, "500")]
    [InlineData(400, 50035, SendStatus.Failed, "50035")]
    [InlineData(429, 0, SendStatus.Throttled, null)]
    public async Task Answers_BecomeTheKitsStatuses(int status, int code, SendStatus expected, string? detail)
    {
        var rest = new RecordingRest { Answer = _ => RecordingRest.Error(status, code) };
        var messenger = new DiscordMessenger(rest, Microsoft.Extensions.Logging.Abstractions.NullLogger<DiscordMessenger>.Instance);

        var result = await messenger.PostCardAsync(PublisherUnderTest.Channel(), Card, CancellationToken.None);

        Assert.Equal(expected, result.Status);
        Assert.Equal(detail, expected == SendStatus.Throttled ? null : result.Detail);
    }

    [Theory]
    [InlineData(404, 10008)]
    [InlineData(404, 0)]
    public async Task EditOfADeletedMessage_IsGone(int status, int code)
    {
        var rest = new RecordingRest { Answer = _ => RecordingRest.Error(status, code) };
        var messenger = new DiscordMessenger(rest, Microsoft.Extensions.Logging.Abstractions.NullLogger<DiscordMessenger>.Instance);

        var result = await messenger.EditCardAsync(PublisherUnderTest.Channel(), "555", Card, CancellationToken.None);

        Assert.Equal(SendStatus.Gone, result.Status);
    }

    [Fact]
    public async Task ChannelOrMessageIdsThatAreNotSnowflakes_NeverBecomeAPath()
    {
        var rest = new RecordingRest();
        var messenger = new DiscordMessenger(rest, Microsoft.Extensions.Logging.Abstractions.NullLogger<DiscordMessenger>.Instance);

        var post = await messenger.PostAsync(PublisherUnderTest.Channel("../../users/@me"), new Announcement(ViewLine.Of(new TextPart("hi"))), CancellationToken.None);
        var edit = await messenger.EditCardAsync(PublisherUnderTest.Channel(), "../1", Card, CancellationToken.None);

        Assert.Equal(SendStatus.Failed, post.Status);
        Assert.Equal(SendStatus.Gone, edit.Status);
        Assert.Empty(rest.Calls);
    }

    [Fact]
    public async Task SpentChannelRoute_ParksThatChannel_WhileOthersGoOn()
    {
        // One worker: had the busy channel waited inside the messenger, the quiet one could not go.
        var waits = 0;
        var rest = new RecordingRest { Wait = route => route.Major == "77" && Interlocked.Increment(ref waits) == 1 ? TimeSpan.FromSeconds(4) : TimeSpan.Zero };
        await using var bot = new PublisherUnderTest(rest, new KitOptions { Workers = 1 });

        await bot.PublishAsync(new ChannelView { Announcements = [new Announcement(ViewLine.Of(new TextPart("busy")))] }, "77");
        await bot.PublishAsync(new ChannelView { Announcements = [new Announcement(ViewLine.Of(new TextPart("quiet")))] }, "78");
        await Within.AsyncUntil(() => rest.MessageCalls.Count, n => n == 1);

        Assert.Equal("78", rest.MessageCalls[0].ChannelId);
        bot.Time.Advance(TimeSpan.FromSeconds(4));
        await bot.IdleAsync();
        Assert.Equal(["78", "77"], rest.MessageCalls.Select(c => c.ChannelId));
    }

    private static Card SessionCardOf(SessionPhase phase) => new PlaybackStarted(In(phase), TimeSpan.Zero).ToChannel().Card!;
}
