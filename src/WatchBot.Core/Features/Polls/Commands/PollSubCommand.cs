using System.Globalization;
using WatchBot.Core.Grammar;

namespace WatchBot.Core.Features.Polls.Commands;

/// <summary>
/// <c>/watch poll open|close|remove|show</c> (open takes <c>session:</c>, <c>closes:</c>, <c>carry:yes</c>): one entry on Discord (a group whose verbs and whose
/// <c>nominate</c>/<c>vote</c> members sit inside). Typed, <c>/watch poll</c> alone opens a poll.
/// </summary>
internal sealed class PollSubCommand : ISubCommandDeclaration
{
    private const string OpenExample = "/watch poll open";

    public SubCommand SubCommand { get; } = new(
        "poll",
        "movie poll for the next booking: poll open, close, remove (n:) or show",
        OpenExample,
        [
            new("action", OptionKind.Choice, "What to do: open, close, remove or show")
            {
                Choices =
                [
                    new("open", "Open a movie poll for the next booked session (host or moderators)") { Aliases = ["start"], MayUse = ["session", "closes", "carry"] },
                    new("close", "Close the poll now; the winner becomes the title (host or moderators)") { Aliases = ["end"] },
                    new("remove", "Remove a nomination (host or moderators)") { Aliases = ["rm"], Uses = ["n"] },
                    new("show", "Show the poll and its votes") { Aliases = ["status"] },
                ],
            },
            new("n", OptionKind.Text, "The nomination's number") { MaxLength = 3 },
            new("session", OptionKind.Text, "open: the booked session (title or id), or a series' title") { MaxLength = 100 },
            new("closes", OptionKind.InstantPhrase, "open: when voting ends (default: an hour before the start)"),
            new("carry", OptionKind.Choice, "open: yes carries over the last poll's other titles")
            {
                Choices = [new("yes", "carry them over") { Aliases = ["true", "on"] }, new("no", "start empty") { Aliases = ["false", "off"] }],
            },
        ],
        Build)
    {
        Positional = "action",
        GroupBy = "action",
        Order = 37,
    };

    private static ParseResult Build(OptionValues values)
    {
        // "poll remove 2" arrives as action "remove 2": the second word is the number.
        var words = (values.Text("action") ?? "open").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var number = values.Text("n");
        if (words.Length == 2 && number is null)
        {
            number = words[1];
        }
        else if (words.Length != 1)
        {
            return values.Failure("/watch poll needs what to do: open, close, remove or show.", OpenExample);
        }

        var verbs = values.SubCommand.Option("action")!.Choices;
        var verb = verbs.FirstOrDefault(c => c.Matches(words[0]));
        if (verb is null)
        {
            var near = Suggest.Nearest(words[0], verbs.Select(c => c.Value));
            var hint = near.Count > 0 ? $" Did you mean poll {Suggest.Either(near)}?" : "";
            return values.Failure($"/watch poll can open, close, remove or show, not \"{Excerpt.Of(words[0])}\".{hint}", OpenExample);
        }

        if (values.Instant("closes", out var closes) is { } badTime)
        {
            return badTime;
        }

        if (values.Choice("carry", out var carry) is { } badCarry)
        {
            return badCarry;
        }

        var parsedVerb = Enum.Parse<PollVerb>(verb.Value, ignoreCase: true);
        var session = string.IsNullOrWhiteSpace(values.Text("session")) ? null : values.Text("session")!.Trim();
        if (parsedVerb != PollVerb.Open && (session is not null || closes is not null || carry is not null))
        {
            return values.Failure($"/watch poll {verb.Value} takes no session:, closes: or carry: (they are for poll open).", "/watch poll open closes:\"in 2h\"");
        }

        if (parsedVerb == PollVerb.Remove)
        {
            return TryNumber(number, out var n)
                ? ParseResult.Success(new PollCommand(PollVerb.Remove, Number: n))
                : values.Failure("/watch poll remove needs n: (the nomination's number, as /watch poll show lists them).", "/watch poll remove n:2");
        }

        return number is not null
            ? values.Failure($"/watch poll {verb.Value} takes no n:.", OpenExample)
            : ParseResult.Success(new PollCommand(parsedVerb, session, closes) { Carry = carry == "yes" });
    }

    /// <summary>A nomination number: 1 to 999, digits only (a leading # is welcome).</summary>
    internal static bool TryNumber(string? text, out int number)
    {
        number = 0;
        var trimmed = text?.Trim().TrimStart('#');
        return !string.IsNullOrEmpty(trimmed) && trimmed.All(char.IsAsciiDigit)
            && int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out number) && number is >= 1 and <= 999;
    }
}
