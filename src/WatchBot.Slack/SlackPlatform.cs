namespace WatchBot.Slack;

/// <summary>Slack's name in <see cref="WatchBot.Core.Sessions.ChannelAddress.Platform"/> and in the platform stores.</summary>
public static class SlackPlatform
{
    public const string Name = "slack";
}
