
namespace WatchBot.Core.Kernel;

/// <summary>
/// Where a session lives: the platform's own identity for a channel. Membership of the channel is
/// decided by the platform (guild, workspace, channel), never by a link WatchBot hands out.
/// </summary>
/// <param name="Platform">A short platform name such as <c>shell</c>, <c>discord</c> or <c>slack</c>.</param>
/// <param name="SpaceId">The guild (Discord) or workspace (Slack); <c>local</c> in the shell.</param>
/// <param name="ChannelId">The channel inside that space.</param>
public sealed record ChannelAddress(string Platform, string SpaceId, string ChannelId)
{
    public override string ToString() => $"{Platform}/{SpaceId}/{ChannelId}";
}
