using System.Diagnostics.CodeAnalysis;

namespace WatchBot.Core.Grammar;

/// <summary>Either a command or an error: bad input is a value, never an exception.</summary>
public sealed record ParseResult
{
    private ParseResult(WatchCommand? command, CommandError? error)
    {
        Command = command;
        Error = error;
    }

    public WatchCommand? Command { get; }

    public CommandError? Error { get; }

    [MemberNotNullWhen(true, nameof(Command))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Command is not null;

    public static ParseResult Success(WatchCommand command) => new(command, null);

    public static ParseResult Failure(string message, string example) => new(null, new CommandError(message, example));
}
