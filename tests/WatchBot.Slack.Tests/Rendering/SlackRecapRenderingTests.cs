using WatchBot.Core.Features.Recaps;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Slack.Rendering;
using WatchBot.Testing;

namespace WatchBot.Slack.Tests.Rendering;

/// <summary>
/// The busiest recap drawn for Slack: one message whose text stays within 3000 characters (what a
/// section block takes; a message's text takes 40,000), cut politely by the view, pinging no one.
/// </summary>
public sealed class SlackRecapRenderingTests
{
    private const int SectionLimit = 3000;
    private static readonly ChannelAddress Here = new("slack", "T0001", "C0001");

    [Fact]
    public void ABusyRecap_IsOneMessageWithinTheLimit_CutPolitely_NoPing()
    {
        var kept = RecapSamples.Busy("slack", Here);

        var message = SlackMarkup.Announcement(Assert.Single(new SessionEnded(RecapSamples.Ended("slack", Here), kept.Recap, kept.By).ToChannel().Announcements));

        Assert.True(message.Text.Length <= SectionLimit, $"{message.Text.Length} characters");
        Assert.Null(message.Blocks);
        Assert.Matches(@"\n…and \d+ more$", message.Text);
        Assert.DoesNotContain("<!here>", message.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<@", message.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<!", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void RecapAgain_IsWithinTheLimitWithItsHeading()
    {
        var text = SlackMarkup.Reply(new RecapShown(RecapSamples.Busy("slack", Here)).ToReply());

        Assert.True(text.Length <= SectionLimit, $"{text.Length} characters");
        Assert.StartsWith($"📼 The last recap in this channel, from <!date^{RecapSamples.EndedAt.ToUnixTimeSeconds()}^", text, StringComparison.Ordinal);
        Assert.Matches(@"\n…and \d+ more$", text);
    }
}
