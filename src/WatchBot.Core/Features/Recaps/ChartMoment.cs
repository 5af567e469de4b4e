namespace WatchBot.Core.Features.Recaps;

/// <summary>A busy moment marked on the chart: reactions close together.</summary>
/// <param name="At">The media position of its first reaction.</param>
/// <param name="Count">How many reactions it gathers.</param>
/// <param name="Emoji">Its most used emoji.</param>
public sealed record ChartMoment(TimeSpan At, int Count, string Emoji);
