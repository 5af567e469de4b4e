namespace WatchBot.Engine.Ports;

/// <summary>
/// What a platform itself says about moderators, for one <c>/watch mod</c> command: how it names a
/// person, and who moderates without being added (configured ids, Discord permissions and roles).
/// Each platform edge supplies one; the rules of <c>mod add|remove|list</c> are the same everywhere.
/// </summary>
public interface IPlatformModerators
{
    /// <summary>In words, who moderates here, for refusals and lists: "people in Slack:Moderators".</summary>
    string WhoModerates { get; }

    /// <summary>How a person is named in <c>user:</c> on this platform, for errors: "an @-mention".</summary>
    string HowToName { get; }

    /// <summary>Configured moderators that can be listed (possibly none: Discord permissions cannot be).</summary>
    IReadOnlyList<string> Configured { get; }

    /// <summary>The user id that <paramref name="typed"/> names (a shell name, a Slack mention, a snowflake), or null.</summary>
    string? ReadUserId(string typed);

    /// <summary>Why <paramref name="userId"/> moderates without having been added, or null when they don't.</summary>
    string? BuiltInReason(string userId);

    /// <summary>
    /// Whether the platform itself makes <paramref name="userId"/> an administrator (Discord's Administrator
    /// permission). Config-listed administrators are added by the standing service for every platform.
    /// </summary>
    bool IsAdministrator(string userId) => false;
}
