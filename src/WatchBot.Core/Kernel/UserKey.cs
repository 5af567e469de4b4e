namespace WatchBot.Core.Kernel;

/// <summary>
/// Who a person is, across platforms: the platform's own id is unique only inside that platform, so
/// a key always carries both. A Slack <c>U123</c> and a Discord <c>U123</c> are two people.
/// </summary>
/// <param name="Platform">A short platform name such as <c>shell</c>, <c>discord</c> or <c>slack</c>.</param>
/// <param name="Id">The platform's id for the person.</param>
public sealed record UserKey(string Platform, string Id)
{
    public override string ToString() => $"{Platform}:{Id}";
}
