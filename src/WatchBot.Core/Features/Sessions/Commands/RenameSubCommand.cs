using WatchBot.Core.Grammar;

namespace WatchBot.Core.Features.Sessions.Commands;

/// <summary><c>/watch rename</c>: a new title for the live session, or the next booked one.</summary>
internal sealed class RenameSubCommand : ISubCommandDeclaration
{
    public SubCommand SubCommand { get; } = new(
        "rename",
        "give the session (or the next booked one) a new title",
        "/watch rename title:\"The Matrix Reloaded\"",
        [SessionCommandOptions.Title with { Required = true }],
        values => ParseResult.Success(new RenameCommand(values.Text("title") ?? "")))
    {
        Positional = "title",
        Order = 95,
    };
}
