using WatchBot.Core.Sessions;

namespace WatchBot.Discord.Rendering;

/// <summary>
/// The session message's buttons and their <c>custom_id</c>s: <c>watch:&lt;action&gt;:&lt;session&gt;</c>,
/// reactions <c>watch:react:&lt;index&gt;:&lt;session&gt;</c>; always ASCII and far under 100 characters.
/// </summary>
public static class SessionButtons
{
    public const string Prefix = "watch";

    /// <summary>The reaction row, in order (index is what the custom_id carries).</summary>
    public static readonly IReadOnlyList<string> Reactions = ["😂", "😮", "😢", "❤️", "🔥", "👏"];

    public static string Ready(SessionId id) => $"{Prefix}:ready:{id.Value}";

    public static string Pause(SessionId id) => $"{Prefix}:pause:{id.Value}";

    public static string Resume(SessionId id) => $"{Prefix}:resume:{id.Value}";

    public static string React(int index, SessionId id) => $"{Prefix}:react:{index}:{id.Value}";

    /// <summary>Reads a custom_id back: the sub-command, its options and the session it was for.</summary>
    public static bool TryParse(string? customId, out string subCommand, out Dictionary<string, string> options, out SessionId session)
    {
        subCommand = "";
        options = [];
        session = default;
        if (customId is null || customId.Length > 100)
        {
            return false;
        }

        var parts = customId.Split(':');
        if (parts.Length < 3 || parts[0] != Prefix)
        {
            return false;
        }

        switch (parts[1])
        {
            case "ready" or "pause" or "resume" when parts.Length == 3:
                subCommand = parts[1];
                session = new SessionId(parts[2]);
                return parts[2].Length > 0;
            case "react" when parts.Length == 4 && int.TryParse(parts[2], out var index) && index >= 0 && index < Reactions.Count:
                subCommand = "react";
                options["emoji"] = Reactions[index];
                session = new SessionId(parts[3]);
                return parts[3].Length > 0;
            default:
                return false;
        }
    }
}
