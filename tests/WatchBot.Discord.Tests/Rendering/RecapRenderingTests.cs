using WatchBot.Core.Features.Recaps;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Discord.Rendering;
using WatchBot.Testing;

namespace WatchBot.Discord.Tests.Rendering;

/// <summary>The busiest recap drawn for Discord: one message within 2000 characters, cut by the view (not by the markup), pinging no one.</summary>
public sealed class RecapRenderingTests
{
    private static readonly ChannelAddress Here = new("discord", "111111111111111111", "222222222222222222");

    [Fact]
    public void ABusyRecap_IsOneMessageWithin2000Characters_CutPolitely_NoPing()
    {
        var kept = RecapSamples.Busy("discord", Here);
        var ended = new SessionEnded(RecapSamples.Ended("discord", Here), kept.Recap, kept.By);

        var announcement = Assert.Single(ended.ToChannel().Announcements);
        var content = DiscordMarkup.Draw(announcement.Lines);
        var message = DiscordMarkup.Announcement(announcement);

        Assert.True(content.Length <= DiscordText.MaxContentLength, $"{content.Length} characters");
        Assert.Equal(content, message.Content);
        Assert.Matches(@"\n…and \d+ more$", content);
        Assert.Contains("🕒 Minute by minute:", content, StringComparison.Ordinal);
        Assert.Empty(message.Mentions);
        Assert.DoesNotContain("@everyone", content, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"<@[!&]?\d", content);
        Assert.Contains("\"allowed_mentions\":{\"parse\":[]", message.ToJson().ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void RecapAgain_IsEphemeral_AndWithinTheLimitWithItsHeading()
    {
        var reply = new RecapShown(RecapSamples.Busy("discord", Here)).ToReply();

        var message = DiscordMarkup.Reply(reply);

        Assert.Equal(DiscordMarkup.Ephemeral, message.Flags);
        Assert.True(message.Content.Length <= DiscordText.MaxContentLength, $"{message.Content.Length} characters");
        Assert.StartsWith($"📼 The last recap in this channel, from <t:{RecapSamples.EndedAt.ToUnixTimeSeconds()}:F>", message.Content, StringComparison.Ordinal);
        Assert.Matches(@"\n…and \d+ more$", message.Content);
    }
}
