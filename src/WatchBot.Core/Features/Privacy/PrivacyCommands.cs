using WatchBot.Core.Grammar;

namespace WatchBot.Core.Features.Privacy;

/// <summary><c>/watch my-data</c>: what WatchBot stores about the sender in this space, for them only.</summary>
public sealed record MyDataCommand : WatchCommand
{
    public override string Name => "my-data";
}

/// <summary>
/// <c>/watch forget-me</c>: without <paramref name="Confirmed"/> it only says what would be deleted
/// and how to confirm; with <c>confirm:yes</c> it deletes.
/// </summary>
public sealed record ForgetMeCommand(bool Confirmed) : WatchCommand
{
    public override string Name => "forget-me";
}
