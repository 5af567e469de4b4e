namespace WatchBot.Core.Views;

/// <summary>An answer for the sender only (ephemeral where the platform allows).</summary>
public sealed record Reply(IReadOnlyList<ViewLine> Lines)
{
    public Reply(ViewLine line)
        : this([line])
    {
    }

    public bool Equals(Reply? other) => other is not null && Lines.SequenceEqual(other.Lines);

    public override int GetHashCode() => Lines.Count;
}
