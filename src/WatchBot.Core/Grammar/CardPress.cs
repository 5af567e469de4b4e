using WatchBot.Core.Features.Sessions;

namespace WatchBot.Core.Grammar;

/// <summary>
/// A pressed card action read back (<see cref="CardActions.TryRead(string?, out CardPress)"/>): the sub-command it stands for,
/// its option values by name, and the session whose card it was on.
/// </summary>
/// <param name="SubCommand">The sub-command's name, as typed (<c>rsvp</c>).</param>
/// <param name="Options">Its option values by name, as <see cref="CommandParser.FromOptions"/> takes them.</param>
/// <param name="Session">The session whose card carried the action.</param>
public sealed record CardPress(string SubCommand, IReadOnlyDictionary<string, string> Options, SessionId Session)
{
    /// <summary>
    /// The command the press stands for, bound to <see cref="Session"/>, or the error the grammar gives
    /// (the same grammar as typed commands, so a button can do nothing a command could not).
    /// </summary>
    public ParseResult ToCommand()
    {
        var parsed = CommandParser.FromOptions(SubCommand, Options);
        return parsed.IsSuccess ? ParseResult.Success(parsed.Command with { Session = Session }) : parsed;
    }
}
