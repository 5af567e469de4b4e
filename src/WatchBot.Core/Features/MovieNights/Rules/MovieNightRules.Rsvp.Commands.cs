using WatchBot.Core.Features.MovieNights.Commands;
using WatchBot.Core.Kernel;

namespace WatchBot.Core.Features.MovieNights.Rules;

public static partial class MovieNightRules
{
    private static IEnumerable<ICommandRule> RsvpRegistrations() =>
    [
        CommandRule.For<RsvpCommand>(Rsvp),
        CommandRule.For<AttendeesCommand>(Attendees),
    ];
}
