using WatchBot.Core.Features.Sessions.Commands;
using WatchBot.Core.Grammar;

namespace WatchBot.Core.Tests.Grammar;

/// <summary>A declaration that could not work on every platform is refused when the registry is built, naming the fault.</summary>
public sealed class CommandRegistryValidationTests
{
    private static readonly Func<OptionValues, ParseResult> Ready = _ => ParseResult.Success(new ReadyCommand());

    public static TheoryData<string, SubCommand[]> Broken() => new()
    {
        { "declared 2 times", [Sub("wave"), Sub("wave")] },
        { "a name is", [Sub("Wave Now")] },
        { "summary", [Sub("wave") with { Summary = new string('x', 101) }] },
        { "example", [Sub("wave") with { Example = "/watch ready" }] },
        { "positional", [Sub("wave") with { Positional = "to" }] },
        { "each option once", [Sub("wave", [new("to", OptionKind.Text, "Who"), new("TO", OptionKind.Text, "Who")])] },
        { "description", [Sub("wave", [new("to", OptionKind.Text, "")])] },
        { "choices exactly when", [Sub("wave", [new("to", OptionKind.Choice, "Who")])] },
        { "choices exactly when", [Sub("wave", [new("to", OptionKind.Text, "Who") { Choices = [new("all", "all")] }])] },
        { "use only declared", [Sub("wave", [new("to", OptionKind.Choice, "Who") { Choices = [new("all", "all") { Uses = ["user"] }] }])] },
        { "group", [Sub("wave", [new("to", OptionKind.Text, "Who")]) with { GroupBy = "to" }] },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void BrokenDeclaration_IsRefused(string fault, SubCommand[] subCommands)
    {
        var error = Assert.Throws<ArgumentException>(() => new CommandRegistry(subCommands));

        Assert.Contains(fault, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadingAnOptionAsAnotherKind_IsABugThatThrows()
    {
        var registry = new CommandRegistry([Sub("wave", [new("for", OptionKind.Text, "How long")]) with
        {
            Build = values => values.Duration("for", out _) ?? ParseResult.Success(new ReadyCommand()),
        }]);

        var error = Assert.Throws<InvalidOperationException>(() => registry.Parse("/watch wave for:5s"));

        Assert.Contains("declares it Text", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadingAnUndeclaredOption_IsABugThatThrows()
    {
        var registry = new CommandRegistry([Sub("wave") with { Build = values => ParseResult.Success(new ReactCommand(values.Text("emoji") ?? "", null)) }]);

        Assert.Throws<InvalidOperationException>(() => registry.Parse("/watch wave"));
    }

    private static SubCommand Sub(string name, CommandOption[]? options = null) =>
        new(name, "does a thing", "/watch " + name.ToLowerInvariant(), options ?? [], Ready);
}
