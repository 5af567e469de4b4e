namespace WatchBot.Core.Views;

/// <summary>
/// An announcement known in advance to be due at <paramref name="At"/> (a booked session's GO). A
/// platform that can post a message by itself at an instant (Slack's scheduled messages) arranges it
/// now, so it appears on time even while the bot is busy or throttled; others ignore it and post the
/// announcement of the same <see cref="Announcement.Key"/> when it comes.
/// </summary>
public sealed record AnnouncementAhead(DateTimeOffset At, Announcement Announcement);
