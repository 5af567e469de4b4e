using WatchBot.Engine.Ports;

namespace WatchBot.Storage.Tests.Contracts;

/// <summary>
/// One process's stores on the test's database, as the host wires them for one provider: the session
/// store (with the feature writers), the feature stores, and the stores the privacy contract seeds.
/// </summary>
internal sealed record FeatureStores(
    ISessionStore Sessions,
    ISeriesStore Series,
    IPollStore Polls,
    IRecaps Recaps,
    IPersonalData PersonalData,
    IBans Bans,
    IAuditLog Audit,
    IReminderOptOuts ReminderOptOuts,
    ISpaceModerators Moderators);
