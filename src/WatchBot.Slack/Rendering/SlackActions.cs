using WatchBot.Core.Grammar;

namespace WatchBot.Slack.Rendering;

/// <summary>
/// Reads a clicked button back into a <see cref="CardPress"/>. Buttons carry the card action id as
/// their <c>action_id</c> (<see cref="SlackButtons"/>); messages posted before that carry one of the
/// older <c>action_id</c>s below with the session in the <c>value</c> (a reaction: <c>sessionId|emoji</c>),
/// which still work: they are read as the card action id they stand for.
/// </summary>
public static class SlackActions
{
    public const string Ready = "watch_ready";
    public const string Pause = "watch_pause";
    public const string Resume = "watch_resume";
    public const string React = "watch_react";

    /// <summary>The reaction buttons of older messages, as on Discord.</summary>
    public static readonly IReadOnlyList<string> ReactionEmoji = Core.Features.Sessions.Views.SessionActions.Reactions;

    /// <summary>The press a click stands for; false for a button that is not ours.</summary>
    public static bool TryRead(string actionId, string value, out CardPress press)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (CardActions.TryRead(actionId, out press))
        {
            return true;
        }

        var parts = value.Split('|', 2);
        var legacy = actionId switch
        {
            Ready or Pause or Resume when parts.Length == 1 => $"{CardActions.Prefix}:{actionId["watch_".Length..]}:{parts[0]}",
            React when parts.Length == 2 && IndexOf(parts[1]) is { } index => $"{CardActions.Prefix}:react:{index}:{parts[0]}",
            _ => null,
        };
        return CardActions.TryRead(legacy, out press);
    }

    private static int? IndexOf(string emoji)
    {
        for (var i = 0; i < ReactionEmoji.Count; i++)
        {
            if (ReactionEmoji[i] == emoji)
            {
                return i;
            }
        }

        return null;
    }
}
