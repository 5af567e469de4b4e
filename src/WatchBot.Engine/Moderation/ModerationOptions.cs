namespace WatchBot.Engine.Moderation;

/// <summary>
/// Section <c>Moderation</c>. <see cref="Administrators"/>: people above moderators on any platform,
/// as <c>platform:id</c> (<c>discord:123456789012345678</c>, <c>slack:U0123ABCD</c>, <c>shell:alice</c>);
/// only they (and Discord members with the Administrator permission) may ban a moderator.
/// </summary>
public sealed class ModerationOptions
{
    public const string SectionName = "Moderation";

    public IList<string> Administrators { get; } = [];

    /// <summary>Whether <paramref name="userId"/> on <paramref name="platform"/> is listed (platform names in any case, ids exactly).</summary>
    public bool IsAdministrator(string platform, string userId) =>
        Administrators.Any(entry => Read(entry) is { } listed
            && string.Equals(listed.Platform, platform, StringComparison.OrdinalIgnoreCase)
            && string.Equals(listed.UserId, userId, StringComparison.Ordinal));

    /// <summary>An entry as (platform, id), or null when it is not <c>platform:id</c>.</summary>
    public static (string Platform, string UserId)? Read(string entry)
    {
        var colon = entry.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == entry.Length - 1)
        {
            return null;
        }

        var platform = entry[..colon].Trim();
        var id = entry[(colon + 1)..].Trim();
        return platform.Length == 0 || id.Length == 0 ? null : (platform, id);
    }

    /// <summary>Start-up check: every entry names a platform and an id.</summary>
    public static bool IsValid(ModerationOptions options) => options.Administrators.All(entry => Read(entry) is not null);

    public const string InvalidMessage = "Moderation:Administrators entries must be platform:id, for example discord:123456789012345678 or slack:U0123ABCD.";
}
