namespace WatchBot.Core.Views;

/// <summary>
/// A picture that goes with an announcement, described as data (never as image bytes): a platform
/// that may post files draws it at publish time through the engine's picture renderer, so views and
/// the outbox stay plain data and a platform that may not attach files simply leaves it out.
/// </summary>
public abstract record Picture
{
    /// <summary>The PNG's file name, without a folder (letters, digits, dashes; the feature names it).</summary>
    public string FileName { get; init; } = "picture.png";

    /// <summary>What it shows, in words, for readers who cannot see it (alt text).</summary>
    public abstract string Description { get; }
}
