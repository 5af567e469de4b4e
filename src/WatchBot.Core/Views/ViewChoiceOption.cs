namespace WatchBot.Core.Views;

/// <summary>One option of a <see cref="ViewChoice"/>. Label and description may hold people's text: platforms draw them as plain text, cut to their limits.</summary>
/// <param name="Label">What the option says (a nomination: "2. Dune").</param>
/// <param name="Value">What comes back when it is picked: an option word or a number, never text people typed.</param>
/// <param name="Description">A second, smaller line, or null.</param>
public sealed record ViewChoiceOption(string Label, string Value, string? Description = null);
