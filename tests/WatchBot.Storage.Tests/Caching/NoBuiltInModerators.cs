using WatchBot.Engine.Ports;

namespace WatchBot.Storage.Tests.Caching;

/// <summary>A platform that makes no one a moderator itself: only the stored list counts.</summary>
internal sealed class NoBuiltInModerators : IPlatformModerators
{
    public string WhoModerates => "those added with /watch mod add";

    public string HowToName => "their id";

    public IReadOnlyList<string> Configured => [];

    public string? ReadUserId(string typed) => typed;

    public string? BuiltInReason(string userId) => null;
}
