using WatchBot.Core.Kernel;

namespace WatchBot.Core.Features.MovieNights.Rules;

/// <summary>
/// The movie-night feature's rules: changing a booking (cancel, reschedule), recurring series, RSVPs
/// and reminders. Pure like the session rules; each part registers its commands in its own file.
/// </summary>
public static partial class MovieNightRules
{
    /// <summary>Every command rule the feature owns.</summary>
    internal static IEnumerable<ICommandRule> Registrations() =>
        [.. BookingChangeRegistrations(), .. SeriesRegistrations(), .. RsvpRegistrations()];
}
