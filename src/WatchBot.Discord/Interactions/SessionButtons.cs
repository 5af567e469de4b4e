using WatchBot.Core.Features.Sessions.Views;
using WatchBot.Core.Sessions;

namespace WatchBot.Discord.Interactions;

/// <summary>
/// Reads a pressed button's <c>custom_id</c> back into a command: the ids are the session card's
/// action ids (<see cref="SessionActions"/>, drawn as they are by the markup):
/// <c>watch:&lt;action&gt;:&lt;session&gt;</c>, reactions <c>watch:react:&lt;index&gt;:&lt;session&gt;</c>.
/// </summary>
internal static class SessionButtons
{
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
        if (parts.Length < 3 || parts[0] != SessionActions.Prefix)
        {
            return false;
        }

        switch (parts[1])
        {
            case "ready" or "pause" or "resume" when parts.Length == 3:
                subCommand = parts[1];
                session = new SessionId(parts[2]);
                return parts[2].Length > 0;
            case "react" when parts.Length == 4 && int.TryParse(parts[2], out var index) && index >= 0 && index < SessionActions.Reactions.Count:
                subCommand = "react";
                options["emoji"] = SessionActions.Reactions[index];
                session = new SessionId(parts[3]);
                return parts[3].Length > 0;
            default:
                return false;
        }
    }
}
