
namespace WatchBot.Core.Grammar;

/// <summary>Why typed input is not a command, said politely, with what to type instead.</summary>
/// <param name="Message">One line: what is wrong.</param>
/// <param name="Example">A command that would work.</param>
public sealed record CommandError(string Message, string Example);
