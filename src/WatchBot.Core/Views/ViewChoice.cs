namespace WatchBot.Core.Views;

/// <summary>
/// A menu on a card from which a reader picks one option (a poll's vote). <paramref name="Id"/> is a card
/// action id without its value (<c>watch:vote:&lt;session&gt;</c>): the picked option's
/// <see cref="ViewChoiceOption.Value"/> becomes the sub-command's positional value
/// (<see cref="Grammar.CardActions.TryReadChoice"/>), so a pick does what the typed command does.
/// </summary>
/// <param name="Id">Returned with the pick; at most 100 characters (Discord's custom_id limit).</param>
/// <param name="Placeholder">Our words shown before anything is picked.</param>
/// <param name="Options">At most <see cref="MaxOptions"/>, in the order shown.</param>
public sealed record ViewChoice(string Id, string Placeholder, IReadOnlyList<ViewChoiceOption> Options)
{
    /// <summary>What a menu offers at most: Discord's limit (Slack allows 100, we send the same 25).</summary>
    public const int MaxOptions = 25;

    /// <summary>Shown but not usable (Discord only; a platform without it leaves the menu out).</summary>
    public bool Disabled { get; init; }

    public bool Equals(ViewChoice? other) =>
        other is not null && Id == other.Id && Placeholder == other.Placeholder && Disabled == other.Disabled && Options.SequenceEqual(other.Options);

    public override int GetHashCode() => HashCode.Combine(Id, Placeholder, Options.Count, Disabled);
}
