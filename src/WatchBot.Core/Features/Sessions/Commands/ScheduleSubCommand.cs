using WatchBot.Core.Features.MovieNights.Commands;
using WatchBot.Core.Grammar;

namespace WatchBot.Core.Features.Sessions.Commands;

/// <summary><c>/watch schedule</c>: a session planned for a later instant.</summary>
internal sealed class ScheduleSubCommand : ISubCommandDeclaration
{
    public SubCommand SubCommand { get; } = new(
        "schedule",
        "plan a session (at: 8pm, friday 9pm, dec 5 20:30, in 2h; a zone may follow: Europe/Paris)",
        "/watch schedule title:\"Alien\" at:\"friday 9pm\"",
        [
            SessionCommandOptions.Title,
            new("at", OptionKind.InstantPhrase, "When, in the server's zone: 8pm, friday 9pm, dec 5 20:30, in 2h (+ zone)") { Required = true },
            SessionCommandOptions.Runtime,
            SessionCommandOptions.Control,
            MovieNightOptions.Repeat,
            MovieNightOptions.Until,
            BookingRsvpOptions.Seats,
            BookingRsvpOptions.Reminders,
            SessionCommandOptions.Rated,
            SessionCommandOptions.AdultFlag,
            ReadyCheckOptions.Ready,
            ReadyCheckOptions.Wait,
        ],
        Build)
    {
        Positional = "title",
        Order = 20,
    };

    private static ParseResult Build(OptionValues values) =>
        values.Instant("at", out var at)
        ?? values.Duration("runtime", out var runtime)
        ?? SessionCommandOptions.Policy(values, out var policy)
        ?? MovieNightOptions.ReadRepeat(values, out var repeat, out var until)
        ?? BookingRsvpOptions.ReadSeats(values, out var seats)
        ?? BookingRsvpOptions.ReadReminders(values, out var leads)
        ?? SessionCommandOptions.ReadAdult(values, out var adult)
        ?? ReadyCheckOptions.Read(values, out var ready)
        ?? ParseResult.Success(new ScheduleCommand(values.Text("title") ?? "", at!, runtime, policy)
        {
            Repeat = repeat, Until = until, Seats = seats, ReminderLeads = leads, Adult = adult, Ready = ready,
        });
}
