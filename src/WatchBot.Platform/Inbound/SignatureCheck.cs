namespace WatchBot.Platform.Inbound;

/// <summary>The outcome of checking a signed request; anything but <see cref="Valid"/> is a 401.</summary>
public enum SignatureCheck
{
    Valid,

    /// <summary>A header (or the configured secret or key) is missing or malformed.</summary>
    Missing,

    /// <summary>The timestamp is unreadable or too far from now: a replay or a badly wrong clock.</summary>
    Stale,

    /// <summary>The signature does not match the timestamp and body.</summary>
    Mismatch,
}
