using WatchBot.Core.Grammar;

namespace WatchBot.Core.Features.Moderation;

/// <summary>
/// Moderator management (<c>/watch mod add|remove|list</c>). <paramref name="User"/> is the person as
/// the platform sent it (a shell name, a Slack <c>&lt;@U…&gt;</c> mention, a Discord snowflake); each
/// platform reads its own form. Handled by the engine's moderator service, not the session rules.
/// </summary>
public sealed record ModCommand(ModVerb Verb, string? User) : WatchCommand
{
    public override string Name => "mod";
}

public enum ModVerb
{
    List,
    Add,
    Remove,
}
