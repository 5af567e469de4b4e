using WatchBot.Core.Grammar;

namespace WatchBot.Core.Features.Recaps;

/// <summary><c>/watch recap</c>: the channel's last recap again, for the asker only. Handled by the engine's recap service.</summary>
public sealed record RecapCommand : WatchCommand
{
    public override string Name => "recap";
}
