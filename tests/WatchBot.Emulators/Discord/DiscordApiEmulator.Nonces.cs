using System.Text.Json.Nodes;

namespace WatchBot.Emulators.Discord;

/// <summary>
/// Create-message idempotency, as Discord documents it: a create with <c>nonce</c> (at most 25
/// characters) and <c>enforce_nonce: true</c> that repeats a nonce the bot used within the last few
/// minutes answers 200 with the first message and creates nothing. Without <c>enforce_nonce</c> the
/// nonce is only echoed.
/// </summary>
public sealed partial class DiscordApiEmulator
{
    private readonly Lock _nonceLock = new();
    private readonly Dictionary<string, (JsonObject Message, DateTimeOffset At)> _nonces = new(StringComparer.Ordinal);
    private int _nonceRepeats;

    /// <summary>How long a nonce is remembered (Discord: "within the past few minutes"). Default 2 minutes.</summary>
    public TimeSpan NonceWindow { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How many creates were answered with an earlier message because their nonce repeated.</summary>
    public int NonceRepeats => Volatile.Read(ref _nonceRepeats);

    /// <summary>Messages created in <paramref name="channelId"/> (not counting repeated nonces), in order.</summary>
    public IReadOnlyList<DiscordApiCall> CreatedIn(string channelId) =>
        [.. Calls.Where(c => c.Method == "POST" && c.Path == $"/channels/{channelId}/messages" && c.Status == 200 && !c.Repeated)];

    private static (string? Nonce, bool Enforced, (int, JsonNode?)? Refused) NonceOf(JsonObject sent)
    {
        if (sent["nonce"] is not { } node)
        {
            return (null, false, null);
        }

        var nonce = node.ToString();
        if (nonce.Length > 25)
        {
            return (null, false, (400, new JsonObject
            {
                ["message"] = "Invalid Form Body",
                ["code"] = 50035,
                ["errors"] = new JsonObject { ["nonce"] = new JsonObject { ["_errors"] = new JsonArray(new JsonObject { ["code"] = "BASE_TYPE_MAX_LENGTH", ["message"] = "Must be 25 or fewer in length." }) } },
            }));
        }

        return (nonce, sent["enforce_nonce"]?.GetValue<bool>() == true, null);
    }

    /// <summary>Creates a message through <paramref name="create"/> unless its enforced nonce repeats; then the first message.</summary>
    private (int, JsonNode?) CreateOnce(JsonObject sent, Func<(int Status, JsonNode? Body)> create, out bool repeated)
    {
        repeated = false;
        var (nonce, enforced, refused) = NonceOf(sent);
        if (refused is { } bad)
        {
            return bad;
        }

        if (nonce is null || !enforced)
        {
            var plain = create();
            if (nonce is not null && plain.Body is JsonObject echoed)
            {
                echoed["nonce"] = nonce;
            }

            return plain;
        }

        lock (_nonceLock)
        {
            var now = _time.GetUtcNow();
            if (_nonces.TryGetValue(nonce, out var first) && now - first.At < NonceWindow)
            {
                repeated = true;
                Interlocked.Increment(ref _nonceRepeats);
                return (200, first.Message.DeepClone());
            }

            var (status, body) = create();
            if (status == 200 && body is JsonObject message)
            {
                message["nonce"] = nonce;
                _nonces[nonce] = ((JsonObject)message.DeepClone(), now);
            }

            return (status, body);
        }
    }
}
