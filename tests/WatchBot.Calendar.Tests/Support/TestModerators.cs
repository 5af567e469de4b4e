using WatchBot.Engine.Ports;

namespace WatchBot.Calendar.Tests.Support;

/// <summary>A platform's facts for tests: nobody is a moderator by the platform's own rules.</summary>
internal sealed class TestModerators : IPlatformModerators
{
    public string WhoModerates => "the people in Test:Moderators";

    public string HowToName => "their id";

    public IReadOnlyList<string> Configured => [];

    public string? ReadUserId(string typed) => typed;

    public string? BuiltInReason(string userId) => null;
}
