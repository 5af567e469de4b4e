namespace WatchBot.Core.Text.Times;

/// <summary>One word of a typed time: its lower-case text and where it stands in what was typed.</summary>
internal readonly record struct PhraseToken(string Text, int Start, int Length);
