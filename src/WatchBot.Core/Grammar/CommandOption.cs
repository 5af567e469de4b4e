namespace WatchBot.Core.Grammar;

/// <summary>One <c>name:value</c> option of a sub-command, declared once for every platform.</summary>
/// <param name="Name">As typed (<c>title</c>); lower case, at most 32 characters (Discord's rule).</param>
/// <param name="Kind">What the value is.</param>
/// <param name="Description">One short line (at most 100 characters) for Discord and error messages.</param>
public sealed record CommandOption(string Name, OptionKind Kind, string Description)
{
    /// <summary>Whether the sub-command cannot do without it; the grammar refuses the command when it is missing.</summary>
    public bool Required { get; init; }

    /// <summary>Longest value Discord lets people type; null takes the kind's default (free text has none).</summary>
    public int? MaxLength { get; init; }

    /// <summary>The values a <see cref="OptionKind.Choice"/> accepts, in the order they are offered.</summary>
    public IReadOnlyList<OptionChoice> Choices { get; init; } = [];

    /// <summary>The limit Discord enforces as people type: the declared one, else one that fits the kind.</summary>
    public int? EffectiveMaxLength => MaxLength ?? Kind switch
    {
        OptionKind.Duration or OptionKind.Position => 20,
        OptionKind.InstantPhrase => 40,
        OptionKind.Emoji => 32,
        _ => null,
    };

    /// <summary>Whether people are offered completions while typing (the kinds with a short form to learn).</summary>
    public bool Completes => Kind is OptionKind.Duration or OptionKind.Position or OptionKind.InstantPhrase or OptionKind.Emoji;
}
