namespace WatchBot.Core.Views;

/// <summary>
/// Everything one outcome shows in a channel: new announcements, the card's new state, an
/// announcement arranged ahead, and keys of arranged ones that no longer hold.
/// </summary>
public sealed record ChannelView
{
    public static readonly ChannelView Nothing = new();

    public IReadOnlyList<Announcement> Announcements { get; init; } = [];

    /// <summary>The card's new state, or null when the outcome does not change it.</summary>
    public Card? Card { get; init; }

    /// <summary>An announcement to arrange in advance, or null.</summary>
    public AnnouncementAhead? Ahead { get; init; }

    /// <summary>Keys of announcements arranged ahead that must not appear any more (a booking cancelled, moved or started late).</summary>
    public IReadOnlyList<string> Withdraw { get; init; } = [];

    /// <summary>The booking's entry in the platform's event list, when the outcome changes it; null otherwise.</summary>
    public Listing? Listing { get; init; }

    /// <summary>
    /// A key unique in the deployment and the same on every re-send of this view (an outbox entry's),
    /// or null: a platform that de-duplicates message creates (Discord's nonce) posts each announcement once.
    /// </summary>
    public string? DeliveryKey { get; init; }

    public bool IsEmpty => Announcements.Count == 0 && Card is null && Ahead is null && Withdraw.Count == 0 && Listing is null;
}
