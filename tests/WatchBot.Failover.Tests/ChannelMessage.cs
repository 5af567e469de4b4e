namespace WatchBot.Failover.Tests;

/// <summary>A new message that appeared in a channel (a REST post, an interaction's public answer, or a follow-up).</summary>
/// <param name="ChannelId">The channel.</param>
/// <param name="At">When the emulator took it.</param>
/// <param name="Content">Its text.</param>
/// <param name="ViaInteraction">Through an interaction route (exempt from the global limit) rather than a bot REST post.</param>
internal sealed record ChannelMessage(string ChannelId, DateTimeOffset At, string Content, bool ViaInteraction)
{
    /// <summary>The GO view's text (<c>SessionAnnouncements.Go</c>: "▶ **GO!** … press play now.").</summary>
    public bool IsGo => Content.Contains("GO!", StringComparison.Ordinal);

    /// <summary>A GO that came too late and was rewritten as "started N ago — now at …".</summary>
    public bool IsLateStart => Content.Contains(" ago — now at ", StringComparison.Ordinal);
}
