using WatchBot.Core.Features.MovieNights.Commands;
using WatchBot.Core.Kernel;

namespace WatchBot.Core.Features.MovieNights.Rules;

public static partial class MovieNightRules
{
    private static IEnumerable<ICommandRule> BookingChangeRegistrations() =>
    [
        CommandRule.For<CancelCommand>(Cancel),
        CommandRule.For<RescheduleCommand>(Reschedule),
    ];
}
