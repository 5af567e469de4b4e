namespace WatchBot.Slack;

/// <summary>Slack's name in <see cref="WatchBot.Core.Kernel.ChannelAddress.Platform"/> and in the platform stores.</summary>
public static class SlackPlatform
{
    public const string Name = "slack";
}
