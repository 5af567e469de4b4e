using WatchBot.Core.Grammar;

namespace WatchBot.Core.Features.MovieNights.Commands;

// The RSVP part's commands, one file on purpose: each record is one line.

/// <summary>
/// Going, maybe or not going to a booking: the one named by <paramref name="Title"/>, the card's
/// (<see cref="WatchCommand.Session"/>) when pressed, else the channel's next booked session.
/// </summary>
public sealed record RsvpCommand(RsvpAnswer Answer, string? Title) : WatchCommand
{
    public override string Name => "rsvp";
}

/// <summary>Who is coming to a booking (host and moderators; the answer is private).</summary>
public sealed record AttendeesCommand(string? Title) : WatchCommand
{
    public override string Name => "attendees";
}

/// <summary>
/// Reminders on or off for the sender, in the whole space (stored). Handled by the engine's reminder
/// preference service, not the channel rules: it changes no session.
/// </summary>
public sealed record RemindersCommand(bool On) : WatchCommand
{
    public override string Name => "reminders";
}
