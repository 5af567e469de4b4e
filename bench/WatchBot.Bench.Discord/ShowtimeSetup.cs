namespace WatchBot.Bench.Discord;

/// <summary>One showtime run of the real bot: its name in the table, how many instances, the share of channels where someone presses Ready, and the bot's options.</summary>
/// <param name="Name">The run's name, printed in the table.</param>
/// <param name="Instances">1: SQLite; more: in-process instances on one PostgreSQL database.</param>
/// <param name="ReadyShare">The share of channels where a fan presses Ready in the minute before the start.</param>
/// <param name="Options">Command-line options for every instance (<c>--Discord:GoFollowUps=false</c>).</param>
internal sealed record ShowtimeSetup(string Name, int Instances, double ReadyShare, params string[] Options);
