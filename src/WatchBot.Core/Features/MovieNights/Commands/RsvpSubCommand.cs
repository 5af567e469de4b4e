using WatchBot.Core.Grammar;

namespace WatchBot.Core.Features.MovieNights.Commands;

/// <summary><c>/watch rsvp going|maybe|no [title:]</c>: the answer is a word, like <c>mod add</c>.</summary>
internal sealed class RsvpSubCommand : ISubCommandDeclaration
{
    public SubCommand SubCommand { get; } = new(
        "rsvp",
        "going, maybe or no to the next booked session (or title:)",
        "/watch rsvp going",
        [
            new("answer", OptionKind.Choice, "Are you coming: going, maybe or no")
            {
                Required = true,
                Choices =
                [
                    new("going", "going") { Aliases = ["yes", "in", "coming"] },
                    new("maybe", "maybe") { Aliases = ["tentative", "perhaps"] },
                    new("no", "not going") { Aliases = ["not", "not going", "cant", "out", "notgoing", "not-going"] },
                ],
            },
            new("title", OptionKind.Text, "Which booking (its title); the next one when left out") { MaxLength = 100 },
        ],
        Build)
    {
        Positional = "answer",
        Order = 33,
    };

    private static ParseResult Build(OptionValues values)
    {
        var failure = values.Choice("answer", out var answer);
        if (failure is not null)
        {
            return failure;
        }

        var rsvp = answer switch
        {
            "going" => RsvpAnswer.Going,
            "maybe" => RsvpAnswer.Maybe,
            _ => RsvpAnswer.NotGoing,
        };
        var title = values.Text("title");
        return ParseResult.Success(new RsvpCommand(rsvp, string.IsNullOrWhiteSpace(title) ? null : title.Trim()));
    }
}
