
namespace WatchBot.Core.Features.Sessions.Views;

/// <summary>
/// The ids of a session card's actions, one scheme for every platform: <c>watch:&lt;action&gt;:&lt;session&gt;</c>,
/// reactions <c>watch:react:&lt;index&gt;:&lt;session&gt;</c>. They carry the session so a press on an
/// old card cannot act on a newer session; ASCII and far under 100 characters. (Discord reads these
/// back as its <c>custom_id</c>s; Slack's adapter maps them to its own action ids and values.)
/// </summary>
public static class SessionActions
{
    public const string Prefix = "watch";

    /// <summary>The reaction buttons, in order: the index is what a reaction's id carries.</summary>
    public static readonly IReadOnlyList<string> Reactions = ["😂", "😮", "😢", "❤️", "🔥", "👏"];

    public static string Ready(SessionId id) => $"{Prefix}:ready:{id.Value}";

    public static string Pause(SessionId id) => $"{Prefix}:pause:{id.Value}";

    public static string Resume(SessionId id) => $"{Prefix}:resume:{id.Value}";

    public static string React(int index, SessionId id) => $"{Prefix}:react:{index}:{id.Value}";
}
