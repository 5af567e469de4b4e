using WatchBot.Core.Grammar;

namespace WatchBot.Core.Features.MovieNights.Commands;

/// <summary><c>/watch cancel</c>: cancel the next booking here, or the one named by title.</summary>
internal sealed class CancelSubCommand : ISubCommandDeclaration
{
    public SubCommand SubCommand { get; } = new(
        "cancel",
        "cancel the next booked session, or the one with this title (host or moderators)",
        "/watch cancel title:\"Alien\"",
        [MovieNightOptions.Booking],
        values => ParseResult.Success(new CancelCommand(Blank(values.Text("title")))))
    {
        Positional = "title",
        Order = 22,
        Under = "booking",
    };

    internal static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
