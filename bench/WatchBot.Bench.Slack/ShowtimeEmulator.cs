using WatchBot.Emulators.Slack;

namespace WatchBot.Bench.Slack;

/// <summary>
/// The Slack emulator as Slack limits it: chat.postMessage about one a second per channel after a
/// burst of 3 (the emulator's default), and the Tier 3 methods at 50 a minute per workspace.
/// </summary>
internal static class ShowtimeEmulator
{
    /// <summary>Tier 3, "50+ per minute" (PROTOCOLS.md §8; fixture slack_web_rate_limit_tiers_by_method.json).</summary>
    public const int Tier3PerMinute = 50;

    public static async Task<SlackApiEmulator> StartAsync()
    {
        var api = await SlackApiEmulator.StartAsync();
        api.WorkspaceOfChannel = ShowtimeIds.WorkspaceOf;
        foreach (var method in new[] { "chat.update", "chat.scheduleMessage", "chat.deleteScheduledMessage" })
        {
            api.WorkspacePerMinute[method] = Tier3PerMinute;
        }

        return api;
    }
}
