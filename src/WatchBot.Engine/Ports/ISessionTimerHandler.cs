using WatchBot.Core.Rules;

namespace WatchBot.Engine.Ports;

/// <summary>What a fired timer calls. Must be safe to call twice for one timer: the second call does nothing.</summary>
public interface ISessionTimerHandler
{
    Task OnTimerAsync(SessionTimer timer, CancellationToken cancellationToken);
}
