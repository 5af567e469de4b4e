using WatchBot.Core.Grammar;

namespace WatchBot.Core.Features.Breaks;

/// <summary><c>/watch break</c> asks for a break; <c>/watch break approve</c> (host, moderators) takes it.</summary>
public sealed record BreakCommand(bool Approve) : WatchCommand
{
    public override string Name => "break";
}
