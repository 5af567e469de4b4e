using WatchBot.Core.Grammar;

namespace WatchBot.Core.Features.Calendar.Commands;

/// <summary>
/// <c>/watch calendar [reset]</c>: the verb is an optional word (a choice on Discord); without it the
/// command shows, or first issues, the space's feed address.
/// </summary>
internal sealed class CalendarSubCommand : ISubCommandDeclaration
{
    public SubCommand SubCommand { get; } = new(
        "calendar",
        "moderators only: a private calendar feed (.ics) of the bookings; calendar reset issues a new one",
        "/watch calendar",
        [
            new("action", OptionKind.Choice, "show (the default) or reset (revoke the address and issue a new one)")
            {
                Choices =
                [
                    new("show", "Show or issue the feed's address") { Aliases = ["link", "url"] },
                    new("reset", "Revoke the feed's address and issue a new one") { Aliases = ["revoke", "new"] },
                ],
            },
        ],
        Build)
    {
        Positional = "action",
        Order = 110,
    };

    private static ParseResult Build(OptionValues values)
    {
        if (values.Choice("action", out var verb) is { } failure)
        {
            return failure;
        }

        return ParseResult.Success(new CalendarCommand(verb == "reset" ? CalendarVerb.Reset : CalendarVerb.Show));
    }
}
