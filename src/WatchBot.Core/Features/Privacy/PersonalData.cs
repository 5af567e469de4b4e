namespace WatchBot.Core.Features.Privacy;

/// <summary>
/// What WatchBot stores about one person in one space, as counts (never the content: the answer
/// to <c>/watch my-data</c> is itself shown on the platform).
/// </summary>
/// <param name="SessionsHosted">Sessions whose stored host is them.</param>
/// <param name="SessionsJoined">Sessions that list them as a participant.</param>
/// <param name="Reactions">Reactions they sent (each with its time and position in the film).</param>
/// <param name="Notes">Of those, how many carry a note they typed.</param>
/// <param name="Rsvps">Bookings they answered (going, maybe, not going).</param>
/// <param name="Ready">Sessions where they said they were ready.</param>
/// <param name="SeriesHosted">Recurring movie nights they host.</param>
/// <param name="RemindersOff">Whether they turned reminders off here.</param>
/// <param name="Moderator">Whether they were added as a moderator with <c>/watch mod add</c>.</param>
/// <param name="ModeratorsAdded">Moderators they added (the entry keeps who added whom).</param>
/// <param name="Announcements">Sent channel announcements kept that name them.</param>
/// <param name="KickedFrom">Sessions that list them as removed by a moderator.</param>
/// <param name="AuditEntries">Audit log entries by or about them (forget-me leaves "someone" in them).</param>
/// <param name="BansPlaced">Bans in the space that they placed as a moderator.</param>
/// <param name="Recaps">Kept recaps that name them (who came, the timeline's notes): forget-me deletes each whole.</param>
/// <param name="Nominations">Titles they put forward in movie polls.</param>
/// <param name="Votes">Their votes in movie polls, open or closed.</param>
public sealed record PersonalData(
    int SessionsHosted,
    int SessionsJoined,
    int Reactions,
    int Notes,
    int Rsvps,
    int Ready,
    int SeriesHosted,
    bool RemindersOff,
    bool Moderator,
    int ModeratorsAdded,
    int Announcements,
    int KickedFrom = 0,
    int AuditEntries = 0,
    int BansPlaced = 0,
    int Recaps = 0,
    int Nominations = 0,
    int Votes = 0)
{
    /// <summary>Nothing stored.</summary>
    public static PersonalData None { get; } = new(0, 0, 0, 0, 0, 0, 0, false, false, 0, 0);

    /// <summary>The name left where a record needs one after forget-me or retention.</summary>
    public const string Someone = "someone";

    /// <summary>The id left where a record needs one: no platform gives this id to anyone.</summary>
    public const string ForgottenId = "~forgotten";

    public bool IsEmpty => this == None;
}
