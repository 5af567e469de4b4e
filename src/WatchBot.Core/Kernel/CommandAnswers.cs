using WatchBot.Core.Grammar;
using WatchBot.Core.Views;

namespace WatchBot.Core.Kernel;

// Answers any feature gives the sender alone: kept together, each a few lines.

/// <summary>The sender may not do this, or it cannot be done now; says who may, or what to do instead.</summary>
public sealed record Refused(string Reason, string? Suggestion) : Notice
{
    public override Reply ToReply() => CommandReplies.Refused(Reason, Suggestion);
}

/// <summary>The input was not a command.</summary>
public sealed record InvalidInput(CommandError Error) : Notice
{
    public override Reply ToReply() => CommandReplies.Invalid(Error);
}

public sealed record HelpText(IReadOnlyList<string> Lines) : Notice
{
    public override Reply ToReply() => CommandReplies.Help(Lines);
}
