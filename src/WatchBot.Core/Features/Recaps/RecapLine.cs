namespace WatchBot.Core.Features.Recaps;

/// <summary>
/// One line of the recap's timeline: a single reaction ("😂 at 1:12:33 — note"), or, on a busy
/// evening, one minute of them ("1:12 😂×4 🔥×2 — notes…").
/// </summary>
/// <param name="At">The reaction's position, or the minute's start.</param>
/// <param name="Emoji">Its emoji with their counts, most used first.</param>
/// <param name="Notes">The notes written with them, in media order (at most <see cref="RecapTimeline.NotesPerMinute"/>).</param>
/// <param name="MoreNotes">Notes of that minute left out.</param>
public sealed record RecapLine(TimeSpan At, IReadOnlyList<EmojiCount> Emoji, IReadOnlyList<string> Notes, int MoreNotes = 0)
{
    public bool Equals(RecapLine? other) =>
        other is not null && At == other.At && MoreNotes == other.MoreNotes && Emoji.SequenceEqual(other.Emoji) && Notes.SequenceEqual(other.Notes);

    public override int GetHashCode() => HashCode.Combine(At, Emoji.Count, Notes.Count);
}
