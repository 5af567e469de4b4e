namespace WatchBot.Slack.Api;

/// <summary>
/// Per-method limits from Slack's tiers (per workspace per app, per minute; PROTOCOLS.md §8):
/// Tier 1 = 1+, Tier 3 = 50+, Tier 4 = 100+. chat.postMessage is "special": paced per channel instead.
/// </summary>
internal static class SlackMethodTiers
{
    /// <summary>Calls per minute we allow ourselves for <paramref name="method"/>.</summary>
    public static int PerMinute(string method) => method switch
    {
        "chat.postEphemeral" or "users.info" or "files.getUploadURLExternal" or "files.completeUploadExternal" => 100,
        "chat.update" or "chat.scheduleMessage" or "chat.deleteScheduledMessage" => 50,

        // Tier 1 says "1+": Slack allows short bursts, and Socket Mode reconnects need a few in a row.
        "apps.connections.open" => 10,
        _ => 20,
    };
}
