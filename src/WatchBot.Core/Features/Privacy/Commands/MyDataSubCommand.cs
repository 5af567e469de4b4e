using WatchBot.Core.Grammar;

namespace WatchBot.Core.Features.Privacy.Commands;

/// <summary><c>/watch my-data</c>: takes nothing; the answer is private.</summary>
internal sealed class MyDataSubCommand : ISubCommandDeclaration
{
    public SubCommand SubCommand { get; } = new(
        "my-data",
        "see what WatchBot stores about you here (only you see it)",
        "/watch my-data",
        [],
        _ => ParseResult.Success(new MyDataCommand()))
    {
        Order = 130,
        Under = "me",
    };
}
