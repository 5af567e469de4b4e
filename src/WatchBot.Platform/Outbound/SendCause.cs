namespace WatchBot.Platform.Outbound;

/// <summary>
/// Who caused a send and how to reach them privately, in the platform's own terms (Discord's
/// interaction token, Slack's response_url). Carried with each queued item, so a send that finds it
/// cannot post can tell that person, not the channel it cannot write to. Opaque to the kit.
/// </summary>
public abstract record SendCause;
