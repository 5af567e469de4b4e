using WatchBot.Core.Grammar;
using WatchBot.Core.Kernel;

namespace WatchBot.Core.Features.Moderation;

// The live session's moderation commands, one file on purpose: each record is a few lines.

/// <summary>
/// A command that names a person (<c>user:</c>) as the platform sent it. The engine reads who that is
/// and their standing (a moderator or not) before the rules see it: the rules stay pure.
/// </summary>
public interface INamesPerson
{
    /// <summary>The person as typed or picked (a shell name, a Slack mention, a Discord snowflake).</summary>
    string User { get; }

    /// <summary>Who <see cref="User"/> names, with their standing; null until the engine has read it.</summary>
    Actor? Target { get; }

    /// <summary>This command with <see cref="Target"/> set.</summary>
    WatchCommand WithTarget(Actor target);
}

/// <summary><c>/watch kick user:@x</c>: remove a person from the live session.</summary>
public sealed record KickCommand(string User) : WatchCommand, INamesPerson
{
    public override string Name => "kick";

    public Actor? Target { get; init; }

    public WatchCommand WithTarget(Actor target) => this with { Target = target };
}

/// <summary><c>/watch host user:@x</c>: hand the host role of the live session over.</summary>
public sealed record HostCommand(string User) : WatchCommand, INamesPerson
{
    public override string Name => "host";

    public Actor? Target { get; init; }

    public WatchCommand WithTarget(Actor target) => this with { Target = target };
}

/// <summary><c>/watch lock</c> (<paramref name="Lock"/> true) or <c>/watch unlock</c>.</summary>
public sealed record LockCommand(bool Lock) : WatchCommand
{
    public override string Name => Lock ? "lock" : "unlock";
}
