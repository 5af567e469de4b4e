namespace WatchBot.Slack.Rendering;

/// <summary>
/// The <c>action_id</c>s of our buttons. The button <c>value</c> carries the session id (and, for a
/// reaction, <c>sessionId|emoji</c>) so a click on an old message cannot act on a newer session.
/// </summary>
public static class SlackActions
{
    public const string Ready = "watch_ready";
    public const string Pause = "watch_pause";
    public const string Resume = "watch_resume";
    public const string React = "watch_react";

    /// <summary>The reaction buttons, as on Discord.</summary>
    public static readonly IReadOnlyList<string> ReactionEmoji = ["😂", "😮", "😢", "❤️", "🔥", "👏"];
}
