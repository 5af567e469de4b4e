using WatchBot.Core.Grammar;

namespace WatchBot.Core.Features.Moderation.Bans;

/// <summary>
/// <c>/watch ban user:@x duration:7d reason:"…"</c>: <paramref name="User"/> as the platform sent it (each
/// platform reads its own form); <paramref name="Length"/> null means until someone unbans them;
/// <paramref name="Reason"/> already cleaned and capped. Handled by the engine's ban service.
/// </summary>
public sealed record BanCommand(string User, TimeSpan? Length, string? Reason) : WatchCommand
{
    public override string Name => "ban";
}
