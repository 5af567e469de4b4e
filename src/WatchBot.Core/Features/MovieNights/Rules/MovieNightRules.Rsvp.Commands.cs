using WatchBot.Core.Kernel;

namespace WatchBot.Core.Features.MovieNights.Rules;

public static partial class MovieNightRules
{
    private static IEnumerable<ICommandRule> RsvpRegistrations() => [];
}
