using System.Globalization;
using WatchBot.Core.Features.Sessions;

namespace WatchBot.Core.Grammar;

/// <summary>
/// The one scheme of card action ids, written and read here for every platform:
/// <c>watch:&lt;sub-command&gt;[:&lt;value&gt;]*:&lt;session&gt;</c>. A value is the sub-command's
/// positional option (<c>watch:rsvp:going:&lt;session&gt;</c>) or <c>name=value</c>; values are
/// percent-encoded, so an id stays ASCII without stray separators. A platform draws the id as its button
/// id and hands a pressed one to <see cref="TryRead(string?, out CardPress)"/>: a feature's new buttons need no adapter change.
/// Ids carry ids and option words, never text people typed, and stay within 100 characters (Discord's limit).
/// </summary>
public static class CardActions
{
    public const string Prefix = "watch";

    /// <summary>Longest id a platform carries (Discord's <c>custom_id</c>).</summary>
    public const int MaxLength = 100;

    /// <summary>
    /// The id of an action that runs <c>/watch <paramref name="subCommand"/></c> with <paramref name="values"/>
    /// (the positional value bare, which then holds no <c>=</c>; others as <c>name=value</c>) on <paramref name="session"/>.
    /// </summary>
    public static string Id(string subCommand, SessionId session, params string[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var id = string.Join(':', [Prefix, subCommand, .. values.Select(Encode), session.Value]);
        return id.Length <= MaxLength
            ? id
            : throw new ArgumentException($"A card action id is at most {MaxLength} characters (was {id.Length}).", nameof(values));
    }

    /// <summary>Reads a pressed action's id back; false for an id that is not ours or names no sub-command.</summary>
    public static bool TryRead(string? id, out CardPress press) => TryRead(id, CommandRegistry.Default, out press);

    /// <summary><see cref="TryRead(string?, out CardPress)"/> against <paramref name="registry"/>.</summary>
    public static bool TryRead(string? id, CommandRegistry registry, out CardPress press)
    {
        ArgumentNullException.ThrowIfNull(registry);
        press = null!;
        if (id is null || id.Length > MaxLength)
        {
            return false;
        }

        var parts = id.Split(':');
        if (parts.Length < 3 || parts[0] != Prefix || registry.Find(parts[1]) is not { } sub || !IsSessionId(parts[^1]))
        {
            return false;
        }

        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in parts[2..^1])
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? sub.Positional : Decode(part[..equals]);
            var value = Decode(equals < 0 ? part : part[(equals + 1)..]);
            if (name is null || value is null || !options.TryAdd(name, LegacyValue(sub.Name, value)))
            {
                return false;
            }
        }

        press = new CardPress(sub.Name, options, new SessionId(parts[^1]));
        return true;
    }

    /// <summary>
    /// Reads a pick from a menu (<see cref="Views.ViewChoice"/>): <paramref name="id"/> is a card action id
    /// without the value, and <paramref name="value"/> becomes the sub-command's positional option
    /// (<c>watch:vote:&lt;session&gt;</c> with <c>2</c> is <c>/watch vote n:2</c> on that session). The value
    /// is not checked here: the grammar answers a bad one as it answers one typed. False for an id that is
    /// not ours, a sub-command without a positional option or with it already set, or no value at all.
    /// </summary>
    public static bool TryReadChoice(string? id, string? value, out CardPress press)
    {
        if (string.IsNullOrEmpty(value) || value.Length > MaxLength || !TryRead(id, out var read)
            || CommandRegistry.Default.Find(read.SubCommand)?.Positional is not { } positional || read.Options.ContainsKey(positional))
        {
            press = null!;
            return false;
        }

        var options = new Dictionary<string, string>(read.Options, StringComparer.OrdinalIgnoreCase) { [positional] = value };
        press = read with { Options = options };
        return true;
    }

    // Reaction buttons posted since the first cards carry the emoji's index (watch:react:0:<session>),
    // not the emoji: read as the emoji they stand for, so cards already in channels keep working.
    private static string LegacyValue(string subCommand, string value) =>
        subCommand == "react" && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && index < Features.Sessions.Views.SessionActions.Reactions.Count
            ? Features.Sessions.Views.SessionActions.Reactions[index]
            : value;

    // "name=value" keeps its one separator; everything else in it is percent-encoded.
    private static string Encode(string value)
    {
        var equals = value.IndexOf('=', StringComparison.Ordinal);
        return equals < 0 ? Uri.EscapeDataString(value) : Uri.EscapeDataString(value[..equals]) + "=" + Uri.EscapeDataString(value[(equals + 1)..]);
    }

    private static string? Decode(string text)
    {
        try
        {
            return Uri.UnescapeDataString(text);
        }
        catch (UriFormatException)
        {
            return null;
        }
    }

    // Session ids are short ASCII words (12 hex characters today): anything else did not come from a card.
    private static bool IsSessionId(string text) =>
        text.Length is > 0 and <= 64 && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
