using WatchBot.Core.Views;

namespace WatchBot.Discord.Rendering;

/// <summary>
/// Discord's markup: the only place that turns views into Discord messages. Cards become a message
/// with its buttons (edited in place by the kit), announcements a plain message, replies an
/// ephemeral one (flags 64). It draws parts (see <c>DiscordMarkup.Parts.cs</c>) and knows nothing of
/// sessions or notices, so a new feature adds views and nothing here. Every body it makes goes out
/// through <see cref="DiscordMessage.ToJson"/>, which carries <c>allowed_mentions</c> with nothing allowed.
/// </summary>
public static partial class DiscordMarkup
{
    /// <summary>Message flag: only the person who ran the command sees it.</summary>
    public const int Ephemeral = 64;

    /// <summary>
    /// A card: its lines as the content, its menu (if any) as a select on the first row, its actions as
    /// buttons (no menu and no actions: the components are removed).
    /// </summary>
    public static DiscordMessage Card(Card card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new DiscordMessage(Draw(card.Lines), Rows(card.Actions)) { Select = Select(card.Choice) };
    }

    /// <summary>A new message; a batch (reactions) comes as one announcement holding every line.</summary>
    public static DiscordMessage Announcement(Announcement announcement)
    {
        ArgumentNullException.ThrowIfNull(announcement);
        return new DiscordMessage(Draw(announcement.Lines)) { Mentions = MentionedIds(announcement.Lines) };
    }

    /// <summary>Several announcements as one message, one after the other.</summary>
    public static DiscordMessage Announcements(IEnumerable<Announcement> announcements)
    {
        ArgumentNullException.ThrowIfNull(announcements);
        var lines = announcements.SelectMany(a => a.Lines).ToList();
        return new DiscordMessage(Draw(lines)) { Mentions = MentionedIds(lines) };
    }

    /// <summary>An answer only the sender sees.</summary>
    public static DiscordMessage Reply(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return new DiscordMessage(Draw(reply.Lines), Flags: Ephemeral);
    }

    /// <summary>
    /// The ids the lines mention (<see cref="MentionPart"/>s drawn as <c>&lt;@id&gt;</c>), each once, in
    /// order: what <c>allowed_mentions.users</c> allows, so exactly those people are notified. Cards and
    /// replies never notify: only announcements carry them.
    /// </summary>
    public static IReadOnlyList<string> MentionedIds(IEnumerable<ViewLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return [.. lines.SelectMany(l => l.Parts).OfType<MentionPart>().Select(m => m.User.Id).Where(IsSnowflake).Distinct(StringComparer.Ordinal)
            .Take(DiscordMessage.MaxMentionedUsers)];
    }

    /// <summary>Lines, one per line of the message.</summary>
    public static string Draw(IEnumerable<ViewLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return string.Join("\n", lines.Select(Draw));
    }
}
