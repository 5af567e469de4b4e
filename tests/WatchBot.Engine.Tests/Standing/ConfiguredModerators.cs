using WatchBot.Engine.Ports;

namespace WatchBot.Engine.Tests.Standing;

/// <summary>A platform's facts for tests: people named by plain id, and a set the platform itself makes moderators.</summary>
internal sealed class ConfiguredModerators(params string[] builtIn) : IPlatformModerators
{
    public string WhoModerates => "the configured people";

    public string HowToName => "their id";

    public IReadOnlyList<string> Configured => builtIn;

    public string? ReadUserId(string typed) => typed.Trim().TrimStart('@');

    public string? BuiltInReason(string userId) => builtIn.Contains(userId) ? "the test platform" : null;
}
