using WatchBot.Core.Kernel;

namespace WatchBot.Core.Sessions;

/// <summary>
/// A platform user as WatchBot needs to know them: a key that says which platform they are on, and a
/// name to show. Compare people by <see cref="Key"/>, never by <see cref="Id"/> alone.
/// </summary>
public sealed record UserRef(UserKey Key, string DisplayName)
{
    public UserRef(string platform, string id, string displayName)
        : this(new UserKey(platform, id), displayName)
    {
    }

    /// <summary>The platform's id (for mentions and storage on that platform): unique only within <see cref="Platform"/>.</summary>
    public string Id => Key.Id;

    public string Platform => Key.Platform;
}
