using WatchBot.Core.Features.Spaces.Views;
using WatchBot.Core.Kernel;
using WatchBot.Core.Views;

namespace WatchBot.Core.Features.Spaces;

// The space settings feature's notices, together: each says here what it shows. All are answers to
// the sender alone: settings are nobody else's business until a time is shown in them.

/// <summary>
/// <c>/watch settings</c>: the space's settings, with the configured default where it set none.
/// <paramref name="CanChange"/>: the sender is a moderator (told how to change them; others are told who can).
/// </summary>
public sealed record SpaceSettingsShown(SpaceSettings Settings, string DefaultTimeZone, bool CanChange) : Notice
{
    public override Reply ToReply() => SpaceSettingsReplies.Shown(this);
}

/// <summary>
/// <c>/watch settings timezone:</c> done: the zone before and now (null: the configured default,
/// <paramref name="DefaultTimeZone"/>). Equal ones mean there was nothing to do.
/// </summary>
public sealed record TimeZoneChanged(string? Previous, string? Current, string DefaultTimeZone) : Notice
{
    public bool AlreadySo => string.Equals(Previous, Current, StringComparison.Ordinal);

    public override Reply ToReply() => SpaceSettingsReplies.ZoneChanged(this);
}

/// <summary>
/// <c>/watch settings</c> with settings other than the zone alone: one line per change; empty: each
/// was already so.
/// </summary>
public sealed record SpaceSettingsChanged(IReadOnlyList<string> Changes) : Notice
{
    public override Reply ToReply() => SpaceSettingsReplies.Changed(this);
}
