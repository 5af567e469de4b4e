using Microsoft.Extensions.Options;
using WatchBot.Discord.Rest;

namespace WatchBot.Discord.Interactions;

/// <summary>
/// Lets each interaction id through once, on either transport. A signed HTTP request can be replayed
/// for as long as its timestamp is within <c>Discord:RequestTolerance</c> either way of now, so ids
/// are remembered for twice that. Memory is bounded: expired ids are dropped as new ones arrive,
/// and past <see cref="MaxRemembered"/> the oldest go first (that many interactions inside the window
/// is far beyond one bot's traffic).
/// </summary>
internal sealed class InteractionReplayGuard(IOptions<DiscordOptions> options, TimeProvider time)
{
    public const int MaxRemembered = 200_000;

    private readonly object _gate = new();
    private readonly HashSet<ulong> _seen = [];
    private readonly Queue<(ulong Id, DateTimeOffset Until)> _order = new();

    /// <summary>How long an id is remembered.</summary>
    public TimeSpan Memory => options.Value.RequestTolerance * 2;

    /// <summary>True the first time <paramref name="id"/> is seen; false for a replay.</summary>
    public bool FirstTime(Snowflake id)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            while (_order.Count > 0 && (_order.Peek().Until <= now || _order.Count >= MaxRemembered))
            {
                _seen.Remove(_order.Dequeue().Id);
            }

            if (!_seen.Add(id.Value))
            {
                return false;
            }

            _order.Enqueue((id.Value, now + Memory));
            return true;
        }
    }

    /// <summary>Ids currently remembered (tests).</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _seen.Count;
            }
        }
    }
}
