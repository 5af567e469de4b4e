
namespace WatchBot.Core.Features.Sessions.Views;

/// <summary>
/// The ids of a session card's actions, one scheme for every platform: <c>watch:&lt;action&gt;:&lt;session&gt;</c>,
/// reactions <c>watch:react:&lt;index&gt;:&lt;session&gt;</c>. They carry the session so a press on an
/// old card cannot act on a newer session; ASCII and far under 100 characters. Written and read by
/// <see cref="Grammar.CardActions"/>, the one scheme every platform's buttons use.
/// </summary>
public static class SessionActions
{
    public const string Prefix = Grammar.CardActions.Prefix;

    /// <summary>The reaction buttons, in order: the index is what a reaction's id carries.</summary>
    public static readonly IReadOnlyList<string> Reactions = ["😂", "😮", "😢", "❤️", "🔥", "👏"];

    public static string Ready(SessionId id) => Grammar.CardActions.Id("ready", id);

    public static string Pause(SessionId id) => Grammar.CardActions.Id("pause", id);

    public static string Resume(SessionId id) => Grammar.CardActions.Id("resume", id);

    public static string React(int index, SessionId id) =>
        Grammar.CardActions.Id("react", id, index.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
