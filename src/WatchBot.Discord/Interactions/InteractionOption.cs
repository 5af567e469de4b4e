namespace WatchBot.Discord.Interactions;

/// <summary>One entry of <c>data.options</c>: a sub-command (with its own options) or a value, as text.</summary>
/// <param name="Name">The option name.</param>
/// <param name="Type">1 sub-command, 2 group, 3 string, 4 integer…</param>
/// <param name="Value">The value as text (numbers and booleans as written), null for sub-commands.</param>
/// <param name="Focused">True for the option being typed during autocomplete.</param>
/// <param name="Options">A sub-command's options.</param>
public sealed record InteractionOption(string Name, int Type, string? Value, bool Focused, IReadOnlyList<InteractionOption> Options);
