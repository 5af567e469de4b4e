namespace WatchBot.Core.Views;

/// <summary>
/// A new message in the channel, for what people must notice now (GO, a pause, the recap). It is
/// sent before any card edit waiting in the same channel.
/// </summary>
/// <param name="Lines">What it says.</param>
public sealed record Announcement(IReadOnlyList<ViewLine> Lines)
{
    public Announcement(ViewLine line)
        : this([line])
    {
    }

    /// <summary>
    /// Lines that may be gathered with others of the same batch key into one message (reactions):
    /// a platform posts them together after a short window instead of one message each.
    /// </summary>
    public string? BatchKey { get; init; }

    /// <summary>
    /// Names an announcement prepared in advance (<see cref="ChannelView.Ahead"/>); sending this one
    /// claims that copy: a platform that posted it already on time does not post it twice.
    /// </summary>
    public string? Key { get; init; }

    /// <summary>A picture posted with it where the platform may attach files (the recap's chart); null for none.</summary>
    public Picture? Picture { get; init; }

    /// <summary>
    /// This message's key for a platform that de-duplicates creates (Discord's nonce): derived from the
    /// view's <see cref="ChannelView.DeliveryKey"/> by the platform kit; null for none. Not part of equality.
    /// </summary>
    public string? DeliveryKey { get; init; }

    public bool Equals(Announcement? other) =>
        other is not null && Lines.SequenceEqual(other.Lines) && BatchKey == other.BatchKey && Key == other.Key && Equals(Picture, other.Picture);

    public override int GetHashCode() => HashCode.Combine(Lines.Count, BatchKey, Key);
}
