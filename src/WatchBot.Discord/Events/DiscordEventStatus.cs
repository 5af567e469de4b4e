namespace WatchBot.Discord.Events;

/// <summary>
/// A guild scheduled event's <c>status</c> (DD <c>resources/guild-scheduled-event.mdx</c>, "Guild
/// Scheduled Event Status"). Only SCHEDULED→ACTIVE, ACTIVE→COMPLETED and SCHEDULED→CANCELED are
/// allowed; COMPLETED and CANCELED are final. Discord spells it CANCELED.
/// </summary>
internal enum DiscordEventStatus
{
    Scheduled = 1,
    Active = 2,
    Completed = 3,
    Canceled = 4,
}
