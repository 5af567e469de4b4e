using System.Text.RegularExpressions;
using WatchBot.Engine.Ports;

namespace WatchBot.Shell;

/// <summary>
/// How the shell names people for <c>/watch mod</c> (by name, <c>user:bob</c> or <c>user:@bob</c>)
/// and who moderates without being added: whoever was switched to with <c>/as NAME mod</c>.
/// </summary>
internal sealed partial class ShellModerators : IPlatformModerators
{
    private readonly HashSet<string> _switchedIn = new(StringComparer.Ordinal);

    public string WhoModerates => "people switched to with /as NAME mod, and those added with /watch mod add";

    public string HowToName => "their name (user:bob)";

    public IReadOnlyList<string> Configured => [.. _switchedIn.Order(StringComparer.Ordinal)];

    /// <summary>
    /// Remembers who <c>/as NAME [mod]</c> switched to: a moderator with <c>mod</c>, and no longer one
    /// by switch without it (as before, where only the current switch counted).
    /// </summary>
    public void Switched(string userId, bool asModerator)
    {
        if (asModerator)
        {
            _switchedIn.Add(userId);
        }
        else
        {
            _switchedIn.Remove(userId);
        }
    }

    public string? ReadUserId(string typed)
    {
        var name = typed.Trim().TrimStart('@');
        return Name().IsMatch(name) ? ShellPlatform.User(name).Id : null;
    }

    public string? BuiltInReason(string userId) => _switchedIn.Contains(userId) ? "/as " + userId + " mod in this shell" : null;

    [GeneratedRegex("^[A-Za-z0-9_-]{1,32}$")]
    private static partial Regex Name();
}
