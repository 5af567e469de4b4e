namespace WatchBot.Core.Grammar;

/// <summary>
/// What an option's value is. The kind decides how the grammar reads it, which Discord option type
/// it becomes, and whether Discord offers completions; every kind arrives as text first, so the
/// shell, Slack and Discord accept the same words.
/// </summary>
public enum OptionKind
{
    /// <summary>Free text (a title, a note).</summary>
    Text,

    /// <summary>A duration in the short form: <c>10s</c>, <c>2m</c>, <c>1h30m</c> or a number of seconds.</summary>
    Duration,

    /// <summary>A media position <c>1:02:03</c>, or a signed move <c>-30s</c> / <c>+1m</c>.</summary>
    Position,

    /// <summary>When something happens: <c>in 2h</c>, or an instant that names its offset.</summary>
    InstantPhrase,

    /// <summary>An emoji.</summary>
    Emoji,

    /// <summary>A person, in the form the platform sends (a Discord id, a Slack mention, a shell name).</summary>
    User,

    /// <summary>One of the declared <see cref="CommandOption.Choices"/>.</summary>
    Choice,
}
