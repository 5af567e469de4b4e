using WatchBot.Core.Grammar;

namespace WatchBot.Core.Features.MovieNights.Commands;

/// <summary>
/// <c>/watch booking …</c> on Discord: changing a booked session (cancel, reschedule, skip) and who
/// is coming, grouped so the whole of <c>/watch</c> fits Discord's 25 sub-commands. Typed, the group
/// word is optional.
/// </summary>
internal sealed class BookingCommandGroup : ICommandGroupDeclaration
{
    public CommandGroup Group { get; } = new("booking", "A booked session: cancel, reschedule, skip one of a series, who is coming");
}
