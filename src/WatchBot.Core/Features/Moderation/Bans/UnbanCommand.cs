using WatchBot.Core.Grammar;

namespace WatchBot.Core.Features.Moderation.Bans;

/// <summary><c>/watch unban user:@x</c>: lifts a ban before it expires.</summary>
public sealed record UnbanCommand(string User) : WatchCommand
{
    public override string Name => "unban";
}
