using WatchBot.Core.Grammar;

namespace WatchBot.Core.Features.Calendar;

/// <summary>
/// <c>/watch calendar</c> (the space's feed address) and <c>/watch calendar reset</c> (a new address,
/// the old one revoked). Moderators only; handled by the engine's calendar service, not the session rules.
/// </summary>
public sealed record CalendarCommand(CalendarVerb Verb) : WatchCommand
{
    public override string Name => "calendar";
}

/// <summary>What <c>/watch calendar</c> is asked to do.</summary>
public enum CalendarVerb
{
    /// <summary>Issue the space's feed address if it has none, else say that it has one.</summary>
    Show,

    /// <summary>Revoke the space's address (if any) and issue a new one.</summary>
    Reset,
}
