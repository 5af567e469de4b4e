namespace WatchBot.Discord;

/// <summary>The platform name in <see cref="WatchBot.Core.Kernel.ChannelAddress.Platform"/> and in platform links.</summary>
public static class DiscordPlatform
{
    public const string Name = "discord";
}
