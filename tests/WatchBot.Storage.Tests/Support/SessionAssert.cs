using WatchBot.Core.Features.Sessions;

namespace WatchBot.Storage.Tests.Support;

/// <summary>
/// Deep equality of sessions. Record equality compares the immutable collections by reference, so
/// they are compared by content here and blanked for the rest, which the record then compares field
/// by field: a field added to <see cref="WatchSession"/> is covered without touching this helper. The
/// stored version is the store's count of saves, not part of the value saved.
/// </summary>
internal static class SessionAssert
{
    public static void Equivalent(WatchSession expected, WatchSession? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(Scalars(expected), Scalars(actual));
        Assert.Equal(expected.Participants, actual.Participants);
        Assert.Equal(expected.ReadyUserIds.OrderBy(k => k.ToString(), StringComparer.Ordinal), actual.ReadyUserIds.OrderBy(k => k.ToString(), StringComparer.Ordinal));
        Assert.Equal(expected.Reactions, actual.Reactions);
        Assert.Equal(expected.Rsvps, actual.Rsvps);
        Assert.Equal(expected.ReminderLeads, actual.ReminderLeads);
        Assert.Equal(expected.RemindersSent.Order(), actual.RemindersSent.Order());
        Assert.Equal(expected.Kicked.OrderBy(k => k.ToString(), StringComparer.Ordinal), actual.Kicked.OrderBy(k => k.ToString(), StringComparer.Ordinal));
        Assert.Equal(expected.BreakRequests, actual.BreakRequests);
        Assert.Equal(expected.BreaksTaken, actual.BreaksTaken);
    }

    private static WatchSession Scalars(WatchSession session) =>
        session with
        {
            Participants = [],
            ReadyUserIds = [],
            Reactions = ReactionSummary.None,
            Rsvps = [],
            ReminderLeads = [],
            RemindersSent = [],
            Kicked = [],
            BreakRequests = [],
            BreaksTaken = [],
            Version = 0,
        };
}
