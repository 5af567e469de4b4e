using System.Diagnostics.CodeAnalysis;

namespace WatchBot.Slack;

/// <summary>
/// What a Slack id may look like before WatchBot uses it: a documented prefix letter for its kind
/// (team <c>T</c>, or <c>E</c> for an Enterprise org; channel <c>C</c>, <c>G</c> private, <c>D</c>
/// direct; user <c>U</c>, or <c>W</c> on Enterprise Grid), then uppercase ASCII letters and digits.
/// Slack asks apps not to assume a length, so only a generous cap is applied. Anything else read
/// from a payload is refused, so no id can carry a path, a mention or a control character onward.
/// </summary>
public static class SlackIds
{
    /// <summary>Ids seen today are 9–11 characters; the cap only keeps nonsense out.</summary>
    public const int MaxLength = 32;

    public static bool IsTeam([NotNullWhen(true)] string? id) => Is(id, "TE");

    public static bool IsChannel([NotNullWhen(true)] string? id) => Is(id, "CGD");

    public static bool IsUser([NotNullWhen(true)] string? id) => Is(id, "UW");

    private static bool Is([NotNullWhen(true)] string? id, string prefixes) =>
        id is { Length: >= 2 and <= MaxLength }
        && prefixes.Contains(id[0], StringComparison.Ordinal)
        && id.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c));
}
