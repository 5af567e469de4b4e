using WatchBot.Core.Grammar;

namespace WatchBot.Core.Tests.Grammar;

/// <summary>A command record that exists only in this test assembly: a sub-command added later.</summary>
public sealed record WaveCommand(string To, TimeSpan? For) : WatchCommand
{
    public override string Name => "wave";
}

/// <summary>
/// The whole of a new sub-command's grammar: one declaration. Nothing in the registry, the parser,
/// help or Discord's definition names it; they find it.
/// </summary>
internal sealed class WaveSubCommand : ISubCommandDeclaration
{
    public SubCommand SubCommand { get; } = new(
        "wave",
        "wave at someone",
        "/watch wave to:everyone",
        [
            new("to", OptionKind.Choice, "Whom to wave at")
            {
                Required = true,
                Choices = [new("everyone", "everyone") { Aliases = ["all"] }, new("host", "the host")],
            },
            new("for", OptionKind.Duration, "How long, e.g. 5s"),
        ],
        values => values.Choice("to", out var to) ?? values.Duration("for", out var span) ?? ParseResult.Success(new WaveCommand(to!, span)))
    {
        Positional = "to",
        Order = 85,
    };
}
