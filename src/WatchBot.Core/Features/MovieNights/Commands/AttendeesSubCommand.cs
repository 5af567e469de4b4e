using WatchBot.Core.Grammar;

namespace WatchBot.Core.Features.MovieNights.Commands;

/// <summary><c>/watch attendees [title:]</c>: who is coming, for the host and moderators only.</summary>
internal sealed class AttendeesSubCommand : ISubCommandDeclaration
{
    public SubCommand SubCommand { get; } = new(
        "attendees",
        "host and moderators: who is going, waiting and maybe (only you see it)",
        "/watch attendees",
        [new("title", OptionKind.Text, "Which booking (its title); the next one when left out") { MaxLength = 100 }],
        values => ParseResult.Success(new AttendeesCommand(string.IsNullOrWhiteSpace(values.Text("title")) ? null : values.Text("title")!.Trim())))
    {
        Positional = "title",
        Order = 34,
        Under = "booking",
    };
}
