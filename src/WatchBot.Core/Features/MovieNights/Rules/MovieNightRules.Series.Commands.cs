using WatchBot.Core.Features.MovieNights.Commands;
using WatchBot.Core.Kernel;

namespace WatchBot.Core.Features.MovieNights.Rules;

public static partial class MovieNightRules
{
    private static IEnumerable<ICommandRule> SeriesRegistrations() =>
    [
        CommandRule.For<SkipCommand>(Skip),
        CommandRule.For<SeriesCommand>((context, command) => command.Verb == SeriesVerb.End ? EndSeries(context, command) : ListSeries(context)),
        CommandRule.For<EnsureNextOccurrenceCommand>(EnsureNext),
    ];
}
