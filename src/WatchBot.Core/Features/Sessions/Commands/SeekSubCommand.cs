using WatchBot.Core.Grammar;

namespace WatchBot.Core.Features.Sessions.Commands;

/// <summary><c>/watch seek</c>: move the shared clock to a position, or by a signed offset.</summary>
internal sealed class SeekSubCommand : ISubCommandDeclaration
{
    public SubCommand SubCommand { get; } = new(
        "seek",
        "jump to a position, or by -30s / +1m",
        "/watch seek to:1:02:03",
        [new("to", OptionKind.Position, "Position 1:02:03, or -30s / +1m") { Required = true }],
        values => values.Position("to", out var offset, out var relative)
            ?? ParseResult.Success(new SeekCommand(offset!.Value, relative)))
    {
        Positional = "to",
        Order = 60,
    };
}
