using WatchBot.Platform.Outbound;

namespace WatchBot.Discord;

/// <summary>
/// Discord (config section <c>Discord</c>). Discord is on when <see cref="Token"/> is set (gateway), or
/// <see cref="Token"/> and <see cref="PublicKey"/> (http). Secrets come from the environment
/// (<c>Discord__Token</c>), never from config/appsettings.json.
/// </summary>
public sealed class DiscordOptions
{
    public const string SectionName = "Discord";

    /// <summary>The bot token, sent as <c>Authorization: Bot …</c>. Required. Secret (env <c>Discord__Token</c>).</summary>
    public string? Token { get; set; }

    /// <summary>The application id (a snowflake), used for command registration and interaction webhooks. Required.</summary>
    public string? ApplicationId { get; set; }

    /// <summary>The application's Ed25519 public key, 64 hex characters. Required for the <c>http</c> transport.</summary>
    public string? PublicKey { get; set; }

    /// <summary><c>gateway</c> (default: no public URL needed) or <c>http</c> (Discord POSTs to /discord/interactions).</summary>
    public string Transport { get; set; } = DiscordTransports.Gateway;

    /// <summary>The REST base without a trailing slash. Default <c>https://discord.com/api/v10</c> (tests point it at the emulator).</summary>
    public string ApiBaseUrl { get; set; } = "https://discord.com/api/v10";

    /// <summary>When set, commands are registered in this guild only (instant updates while developing); else globally.</summary>
    public string? DevGuildId { get; set; }

    /// <summary>Role ids whose members are moderators, besides Manage Server / Manage Events holders. Default none.</summary>
    public IList<string> ModeratorRoleIds { get; } = new List<string>();

    /// <summary>Register the <c>/watch</c> command at start-up with a bulk overwrite. Default true.</summary>
    public bool RegisterCommands { get; set; } = true;

    /// <summary>How far <c>X-Signature-Timestamp</c> may be from now, either way. Default 5 min.</summary>
    public TimeSpan RequestTolerance { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Interaction ids remembered at most (replay guard, both transports): far beyond one bot's
    /// traffic inside <see cref="ReplayMemory"/>, and a bound on its memory.
    /// </summary>
    internal const int MaxRememberedInteractions = 200_000;

    /// <summary>
    /// How long an interaction id is remembered: a signed request can be replayed while its timestamp
    /// is within <see cref="RequestTolerance"/> either way of now, so twice that.
    /// </summary>
    internal TimeSpan ReplayMemory => RequestTolerance * 2;

    /// <summary>
    /// How long an interaction waits for the coordinator before deferring (type 5) and following up
    /// through the webhook. Default 2 s: Discord invalidates the token after 3 s.
    /// </summary>
    public TimeSpan AckBudget { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// <c>/watch start</c> and <c>/watch schedule</c> answer with the public session card itself
    /// (callback type 4, or 5 then <c>@original</c>) and edit it through the interaction webhook while
    /// its token lives, instead of a private "Done" plus a REST post. Default true.
    /// </summary>
    public bool AnswerWithCard { get; set; } = true;

    /// <summary>
    /// A GO is posted as a follow-up on the latest button press in its channel (within 14 minutes),
    /// which the global 50/s does not hold back; channel REST when there is none. Default true.
    /// </summary>
    public bool GoFollowUps { get; set; } = true;

    /// <summary>
    /// An interaction is answered as soon as its command is committed (durable), before its timers are
    /// armed and its announcements relayed, which follow under the channel's gate: the acknowledgement
    /// waits on one SQLite commit, not three. Default true.
    /// </summary>
    public bool AnswerAtCommit { get; set; } = true;

    /// <summary>
    /// Reactions shown in a channel within this window are posted as one message (at most 20 lines;
    /// more wait for the next window). Range 0–1 min; default 3 s.
    /// </summary>
    public TimeSpan ReactionBatchWindow { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Requests per second all REST sends stay under (Discord's global limit is 50). Default 45.</summary>
    public int GlobalRequestsPerSecond { get; set; } = 45;

    /// <summary>How many times a REST call is retried after a 429 or a network error. Default 3.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The url shown in the <c>User-Agent</c> (<c>DiscordBot (url, version)</c>).</summary>
    public string UserAgentUrl { get; set; } = "https://github.com/watchbot/watchbot";

    /// <summary>The platform kit's outbound settings for Discord: the reaction window, the kit's defaults otherwise.</summary>
    public KitOptions Kit() => new() { BatchWindow = ReactionBatchWindow };

    /// <summary>Whether any Discord setting that turns Discord on is present.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Token) || !string.IsNullOrWhiteSpace(PublicKey);

    /// <summary>The transport in effect, trimmed and lower-case.</summary>
    public string EffectiveTransport => (Transport ?? "").Trim().ToLowerInvariant();
}
