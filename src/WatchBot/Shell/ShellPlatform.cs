using WatchBot.Core.Sessions;

namespace WatchBot.Shell;

/// <summary>The shell's place in the platform-neutral world: platform <c>shell</c>, space <c>local</c>.</summary>
internal static class ShellPlatform
{
    public const string Name = "shell";

    public static ChannelAddress Channel(ShellOptions options) => new(Name, "local", options.ChannelName);

    /// <summary>Shell users are named, not numbered: the id is the lower-cased name.</summary>
    public static UserRef User(string name) => new(Name, name.ToLowerInvariant(), name);
}
