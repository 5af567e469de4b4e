namespace WatchBot.Discord.Rest;

/// <summary>
/// Checks interaction tokens before they go into a webhook or callback path. Discord's tokens are
/// long URL-safe strings; anything else (a slash, a dot segment, spaces, control characters) is
/// refused rather than escaped, because <c>..</c> survives escaping and would climb the path.
/// </summary>
public static class InteractionToken
{
    /// <summary>Far above any token Discord issues, small enough to keep paths sane.</summary>
    public const int MaxLength = 1024;

    public static bool IsValid(string? token) =>
        token is { Length: > 0 and <= MaxLength }
        && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')
        && !token.All(c => c == '.');

    /// <summary>The token itself; throws when it is not valid (a bug: tokens are checked when the payload is read).</summary>
    public static string Checked(string token) =>
        IsValid(token) ? token : throw new ArgumentException("Not a usable interaction token.", nameof(token));
}
