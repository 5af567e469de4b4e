namespace WatchBot.Core.Features.Breaks;

/// <summary>Limits of break requests (config section <c>Breaks</c>).</summary>
public sealed class BreakOptions
{
    public const string SectionName = "Breaks";

    /// <summary>Shortest gap between two asks by one person on one session. Default 5 min; zero turns it off.</summary>
    public TimeSpan RequestCooldown { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>An open ask no longer counts after this long (the card's break line drops it at the next ask, approval or pause). Default 15 min.</summary>
    public TimeSpan RequestLifetime { get; set; } = TimeSpan.FromMinutes(15);
}
