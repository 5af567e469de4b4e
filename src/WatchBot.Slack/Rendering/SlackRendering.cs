using WatchBot.Core.Sessions;
using WatchBot.Slack.Api;

namespace WatchBot.Slack.Rendering;

/// <summary>What one channel notice does in Slack.</summary>
/// <param name="Session">The session whose message is edited in place, or null.</param>
/// <param name="SessionMessage">The new content of that message, or null to leave it.</param>
/// <param name="Post">A new message for the channel (GO, recap…), or null.</param>
public sealed record SlackRendering(WatchSession? Session, SlackMessage? SessionMessage, SlackMessage? Post);
