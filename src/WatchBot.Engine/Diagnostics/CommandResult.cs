namespace WatchBot.Engine.Diagnostics;

/// <summary>How a command ended, as the <c>outcome</c> tag of <see cref="MetricNames.Commands"/>.</summary>
public static class CommandResult
{
    /// <summary>It did what was asked (or answered what was asked, such as help or status).</summary>
    public const string Done = "done";

    /// <summary>Understood, but not allowed or not possible now (including a banned sender).</summary>
    public const string Refused = "refused";

    /// <summary>Not a command: the sender was told what to type instead.</summary>
    public const string Invalid = "invalid";

    /// <summary>Our side failed (a save failed, a conflict that did not settle, an exception).</summary>
    public const string Error = "error";
}
