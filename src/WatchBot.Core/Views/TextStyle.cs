namespace WatchBot.Core.Views;

/// <summary>How a piece of text stands out.</summary>
public enum TextStyle
{
    Plain,

    /// <summary>Bold where the platform has it: titles, GO.</summary>
    Strong,

    /// <summary>Something to type: an example command.</summary>
    Code,
}
