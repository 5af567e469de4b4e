using WatchBot.Core.Grammar;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Ports;
using WatchBot.Engine.Sessions;

namespace WatchBot.Engine.Commands;

/// <summary>One command as an adapter hands it in: where, who (standing already answered), what, and the platform's facts.</summary>
/// <param name="Channel">Where it was sent.</param>
/// <param name="Actor">Who sent it, from <see cref="Standing.StandingService"/>.</param>
/// <param name="Command">What they asked.</param>
/// <param name="Platform">How the platform names people and who moderates there (for <c>/watch mod</c>).</param>
public sealed record CommandRequest(ChannelAddress Channel, Actor Actor, WatchCommand Command, IPlatformModerators Platform)
{
    /// <summary>
    /// Whether the channel is age-restricted, when the command's payload said so reliably (Discord's
    /// <c>channel.nsfw</c> on a channel that is not a thread); null: the engine finds out when it must.
    /// </summary>
    public bool? ChannelAgeRestricted { get; init; }

    /// <summary>
    /// Told the outcome as soon as it is durable (committed, or decided with nothing to save), before
    /// timers are armed and announcements relayed: an edge that must answer fast answers here, and the
    /// rest follows under the channel's gate. A crash in between loses nothing: start-up recovery arms
    /// timers from the sessions and relays what the outbox still holds. Null: nobody needs it early.
    /// </summary>
    public Action<CommandOutcome>? Committed { get; init; }
}
