using System.Collections.Concurrent;

namespace WatchBot.Slack.Publishing;

/// <summary>
/// Workspaces known not to have granted the optional <c>files:write</c>: Slack answered
/// <c>missing_scope</c>, so their recaps go as words only without asking again. In memory: after a
/// restart (a reinstall with the scope usually comes with one) the next recap asks once more.
/// </summary>
internal sealed class SlackFileGrants
{
    private readonly ConcurrentDictionary<string, bool> _missing = new(StringComparer.Ordinal);

    public void Missing(string teamId) => _missing[teamId] = true;

    public bool IsMissing(string teamId) => _missing.ContainsKey(teamId);
}
