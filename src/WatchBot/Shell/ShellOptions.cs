namespace WatchBot.Shell;

/// <summary>The local channel in the terminal (config section <c>Shell</c>).</summary>
public sealed class ShellOptions
{
    public const string SectionName = "Shell";

    /// <summary>
    /// On, off, or unset (the default): unset means on exactly when no Discord or Slack token is
    /// configured, so a fresh clone runs a local channel and a deployed bot does not read a terminal.
    /// </summary>
    public bool? Enabled { get; set; }

    /// <summary>Who is typing when the shell starts (switch with <c>/as name</c>). Default <c>alice</c>.</summary>
    public string UserName { get; set; } = "alice";

    /// <summary>The local channel's name; sessions are stored under it. Default <c>movie-night</c>.</summary>
    public string ChannelName { get; set; } = "movie-night";

    /// <summary>Where the recap's picture is written (<c>&lt;session&gt;.png</c>) and its path printed. Default <c>data/recaps</c>.</summary>
    public string PictureFolder { get; set; } = "data/recaps";
}
