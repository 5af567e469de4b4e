using System.Collections.Concurrent;

namespace WatchBot.Emulators.Slack;

// Slack's method tiers count calls per method per workspace per app, per minute (Tier 3 = 50+, so
// chat.update, chat.scheduleMessage, chat.deleteScheduledMessage). Off unless a test or benchmark
// sets limits, so tests written before these limits see the emulator they were written against.
public sealed partial class SlackApiEmulator
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<(string Workspace, string Method), Queue<DateTimeOffset>> _workspaceWindows = new();

    /// <summary>
    /// Calls allowed per method per workspace in any one-minute window (sliding, so a full minute's
    /// worth may come at once: Slack tolerates short bursts); over it: 429 + Retry-After. Empty: no limit.
    /// </summary>
    public ConcurrentDictionary<string, int> WorkspacePerMinute { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Which workspace a channel belongs to. The bot calls with one token, so Slack's own answer (the
    /// token's workspace) is played by this; unset, every call counts against one workspace.
    /// </summary>
    public Func<string, string>? WorkspaceOfChannel { get; set; }

    private bool TakeWorkspaceSlot(string method, string? channel, out int retryAfterSeconds)
    {
        retryAfterSeconds = 0;
        if (!WorkspacePerMinute.TryGetValue(method, out var limit))
        {
            return true;
        }

        var workspace = channel is not null && WorkspaceOfChannel is { } of ? of(channel) : "";
        var window = _workspaceWindows.GetOrAdd((workspace, method), _ => new Queue<DateTimeOffset>());
        lock (window)
        {
            var now = _time.GetUtcNow();
            while (window.Count > 0 && now - window.Peek() >= Minute)
            {
                window.Dequeue();
            }

            if (window.Count >= limit)
            {
                retryAfterSeconds = Math.Max(1, (int)Math.Ceiling((window.Peek() + Minute - now).TotalSeconds));
                return false;
            }

            window.Enqueue(now);
            return true;
        }
    }
}
