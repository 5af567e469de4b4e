using WatchBot.Core.Grammar;

namespace WatchBot.Core.Features.MovieNights.Commands;

/// <summary><c>/watch reschedule at:…</c>: move the next booking here (or the one named by title).</summary>
internal sealed class RescheduleSubCommand : ISubCommandDeclaration
{
    public SubCommand SubCommand { get; } = new(
        "reschedule",
        "move the next booked session (or the one with this title) to a new time",
        "/watch reschedule at:\"in 3h\"",
        [
            new("at", OptionKind.InstantPhrase, "The new time, e.g. \"in 3h\"") { Required = true },
            MovieNightOptions.Booking,
        ],
        Build)
    {
        Positional = "at",
        Order = 24,
        Under = "booking",
    };

    private static ParseResult Build(OptionValues values) =>
        values.Instant("at", out var at)
        ?? ParseResult.Success(new RescheduleCommand(at!, CancelSubCommand.Blank(values.Text("title"))));
}
