using WatchBot.Core.Kernel;

namespace WatchBot.Core.Views;

// The closed set of things a view is made of. Each platform's markup turns exactly this list into its
// own syntax; a feature never writes markup, so a new feature adds views and no platform changes.

/// <summary>One piece of a view line. The set is closed: markup switches over exactly these.</summary>
public abstract record ViewPart;

/// <summary>Our own words, shown as they are (a markup may still escape its syntax characters).</summary>
public sealed record TextPart(string Value, TextStyle Style = TextStyle.Plain) : ViewPart;

/// <summary>Text a person typed (a title, a note, a word echoed in an error): cleaned, escaped and defused by every markup.</summary>
public sealed record UserTextPart(string Value, TextStyle Style = TextStyle.Plain) : ViewPart;

/// <summary>A person, shown by display name as text: never a mention that notifies.</summary>
public sealed record PersonPart(UserRef User) : ViewPart;

/// <summary>An instant, drawn so each reader sees it in their own zone where the platform can.</summary>
public sealed record InstantPart(DateTimeOffset At, InstantStyle Style) : ViewPart;

/// <summary>A media position (H:MM:SS).</summary>
public sealed record PositionPart(TimeSpan At) : ViewPart;

/// <summary>One emoji as recorded: a Unicode emoji, or a Discord server emoji that only Discord draws as an image.</summary>
public sealed record EmojiPart(string Value) : ViewPart;

/// <summary>
/// An address WatchBot made itself (a calendar feed), never one a person typed: drawn as a link that
/// opens and copies whole, where links in words are defused.
/// </summary>
public sealed record LinkPart(Uri Url) : ViewPart;

/// <summary>
/// A person who IS notified: a mention (a reminder to those going). The only part that calls someone;
/// a markup draws it as its platform's mention and allows exactly the people it names, nobody else
/// (no everyone, no roles). Where the platform has no mentions, the display name.
/// </summary>
public sealed record MentionPart(UserRef User) : ViewPart;
