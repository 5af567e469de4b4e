using WatchBot.Core.Features.MovieNights;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.Rules;
using WatchBot.Core.Features.Spaces;

namespace WatchBot.Core.Kernel;

/// <summary>Everything the rules may look at besides the command: the channel's sessions, who, when.</summary>
/// <param name="Channel">Where the command was sent.</param>
/// <param name="Actor">Who sent it.</param>
/// <param name="Now">When it was accepted: every instant the command fixes derives from this.</param>
/// <param name="Live">The channel's live session, if any.</param>
/// <param name="Upcoming">The channel's scheduled sessions, soonest first.</param>
/// <param name="NewSessionId">The id a session created by this command gets (chosen outside: the rules are pure).</param>
/// <param name="Options">Limits and defaults.</param>
public sealed record CommandContext(
    ChannelAddress Channel,
    Actor Actor,
    DateTimeOffset Now,
    WatchSession? Live,
    IReadOnlyList<WatchSession> Upcoming,
    SessionId NewSessionId,
    SessionRulesOptions Options)
{
    /// <summary>The space's settings (its time zone…); the defaults when it set none.</summary>
    public SpaceSettings Space { get; init; } = SpaceSettings.None;

    /// <summary>
    /// Whether the channel is age-restricted (Discord's <c>nsfw</c>, its parent's for a thread; on Slack
    /// and in the shell, marked by moderators). Found out by the engine only for a <c>rated:18</c> command;
    /// false otherwise, and when it could not be found out (refusing is the safe side).
    /// </summary>
    public bool ChannelAgeRestricted { get; init; }

    /// <summary>The channel's recurring movie nights that have not ended.</summary>
    public IReadOnlyList<MovieSeries> Series { get; init; } = [];

    /// <summary>The channel's open movie polls (for <c>poll open carry:yes</c> also its last closed one: rules check <c>IsOpen</c>).</summary>
    public IReadOnlyList<Features.Polls.MoviePoll> Polls { get; init; } = [];

    /// <summary>
    /// The IANA zone times are read in: the sender's own where the platform tells it
    /// (<see cref="Actor.TimeZone"/>), else the space's, else <see cref="SessionRulesOptions.DefaultTimeZone"/>.
    /// </summary>
    public string TimeZone => Actor.TimeZone ?? Space.TimeZone ?? Options.DefaultTimeZone;
}
