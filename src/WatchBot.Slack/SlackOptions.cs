using WatchBot.Platform.Outbound;

namespace WatchBot.Slack;

/// <summary>
/// Slack (config section <c>Slack</c>). Slack is on when any of the three secrets is set; secrets come
/// from environment variables (<c>Slack__BotToken</c>, <c>Slack__AppToken</c>, <c>Slack__SigningSecret</c>),
/// never from config/appsettings.json.
/// </summary>
public sealed class SlackOptions
{
    public const string SectionName = "Slack";

    /// <summary>The bot token (<c>xoxb-…</c>) for the Web API. Required when Slack is on. Secret.</summary>
    public string? BotToken { get; set; }

    /// <summary>The app-level token (<c>xapp-…</c>, scope <c>connections:write</c>) for Socket Mode. Secret.</summary>
    public string? AppToken { get; set; }

    /// <summary>The signing secret that verifies HTTP requests from Slack. Required for <c>http</c>. Secret.</summary>
    public string? SigningSecret { get; set; }

    /// <summary>
    /// <c>socket</c> (Socket Mode, no public URL needed) or <c>http</c> (Slack POSTs to /slack/*).
    /// Default: <c>socket</c> when <see cref="AppToken"/> is set, else <c>http</c>.
    /// </summary>
    public string? Transport { get; set; }

    /// <summary>The Web API base, ending in a slash. Default <c>https://slack.com/api/</c> (tests point it at the emulator).</summary>
    public string ApiBaseUrl { get; set; } = "https://slack.com/api/";

    /// <summary>User ids (<c>U…</c>) who are moderators in every workspace, besides those added with <c>/watch mod add</c>.</summary>
    public IList<string> Moderators { get; } = new List<string>();

    /// <summary>The slash command the app registers. Default <c>/watch</c> (as in config/slack-app-manifest.yml).</summary>
    public string CommandName { get; set; } = "/watch";

    /// <summary>How far a request timestamp may be from now, either way, before it is refused as a replay. Default 5 min.</summary>
    public TimeSpan RequestTolerance { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long an inbound handler waits for the answer before acknowledging with "working on it" and
    /// sending the answer later. Default 2.5 s: Slack gives up after 3 s.
    /// </summary>
    public TimeSpan AckBudget { get; set; } = TimeSpan.FromMilliseconds(2500);

    /// <summary>Longest command text accepted, in characters. Default 1000.</summary>
    public int MaxCommandTextLength { get; set; } = 1000;

    /// <summary>chat.postMessage per channel: messages allowed at once before the 1-per-interval pace applies. Default 3.</summary>
    public int PostBurst { get; set; } = 3;

    /// <summary>chat.postMessage per channel: one message per this interval in the long run. Default 1 s (Slack's guidance).</summary>
    public TimeSpan PostInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Reactions arriving within this window are posted as one message. Default 5 s.</summary>
    public TimeSpan ReactionBatchWindow { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How channel views go out through the platform kit (<c>Slack:Outbound:*</c>: <c>MaxBatchLines</c>,
    /// <c>Workers</c>, <c>MaxThrottledRetries</c>; the batch window is <see cref="ReactionBatchWindow"/>).
    /// Slack paces each channel and each workspace's tier separately, and a send waiting on its pace holds
    /// a worker, so the default is 64 workers: one busy workspace leaves the others theirs.
    /// </summary>
    public KitOptions Outbound { get; } = new() { Workers = 64 };

    /// <summary>The kit's settings in effect: <see cref="Outbound"/> with <see cref="ReactionBatchWindow"/> as its batch window.</summary>
    public KitOptions EffectiveOutbound => new()
    {
        BatchWindow = ReactionBatchWindow,
        MaxBatchLines = Outbound.MaxBatchLines,
        Workers = Outbound.Workers,
        MaxThrottledRetries = Outbound.MaxThrottledRetries,
    };

    /// <summary>Two clicks of the same button by the same person within this window count once. Default 1 s.</summary>
    public TimeSpan ClickDebounce { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Longest wait for a person's own time zone (users.info, with the optional <c>users:read</c>)
    /// before their command is read in the workspace's zone instead. Counted inside
    /// <see cref="AckBudget"/>. Default 1 s; <c>00:00:00</c> never asks.
    /// </summary>
    public TimeSpan UserZoneTimeout { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a person's zone (or that the workspace did not grant <c>users:read</c>) is remembered. Default 6 h.</summary>
    public TimeSpan UserZoneMemory { get; set; } = TimeSpan.FromHours(6);

    /// <summary>How many times a Web API call is retried after HTTP 429 or a network error. Default 3.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>Longest Retry-After honoured before giving up on a call. Default 2 min.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The transport in effect, after the default.</summary>
    public string EffectiveTransport =>
        string.IsNullOrWhiteSpace(Transport)
            ? (string.IsNullOrWhiteSpace(AppToken) ? SlackTransports.Http : SlackTransports.Socket)
            : Transport.Trim().ToLowerInvariant();
}
