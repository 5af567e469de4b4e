using WatchBot.Core.Features.Polls.Rules;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.Rules;

namespace WatchBot.Engine.Sessions;

/// <summary>The coordinator's part in movie polls: their closing timer.</summary>
public sealed partial class SessionCoordinator
{
    /// <summary>
    /// A poll's closing timer fired: the poll is read under the channel's gate with its session, so a
    /// close typed at the same moment is seen, and the rule closes only a poll still open for that
    /// instant. Firing twice, or after the host closed it, changes nothing.
    /// </summary>
    private Task OnPollCloseAsync(WatchSession known, SessionTimer timer, CancellationToken cancellationToken) =>
        WithFreshSessionAsync(
            known,
            async (session, _, now, ct) => PollRules.OnTimer(session, await _polls.FindOpenAsync(session.Id, ct), timer, now),
            cancellationToken);
}
