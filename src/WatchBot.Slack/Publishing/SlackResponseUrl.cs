using WatchBot.Platform.Outbound;

namespace WatchBot.Slack.Publishing;

/// <summary>Who caused a send, as Slack lets us reach them: the <c>response_url</c> of their command or click (valid 30 minutes).</summary>
/// <param name="Url">Where an ephemeral note to them is POSTed.</param>
internal sealed record SlackResponseUrl(Uri Url) : SendCause;
