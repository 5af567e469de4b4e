namespace WatchBot.Core.Views;

/// <summary>One line of a view: parts drawn side by side.</summary>
public sealed record ViewLine(IReadOnlyList<ViewPart> Parts)
{
    /// <summary>
    /// A line written as an interpolated string: literals are our words, holes become parts by their
    /// type (see <see cref="ViewLineBuilder"/>), so features write <c>ViewLine.Of($"⏸ Paused at {position} by {person}")</c>.
    /// </summary>
    public static ViewLine Of(ViewLineBuilder builder) => builder.Build();

    public static ViewLine Of(params ViewPart[] parts) => new(parts);

    // Records compare lists by reference; views are compared by what they say (tests, dedup of equal states).
    public bool Equals(ViewLine? other) => other is not null && Parts.SequenceEqual(other.Parts);

    public override int GetHashCode() => Parts.Aggregate(0, (hash, part) => HashCode.Combine(hash, part));
}
