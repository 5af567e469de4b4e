
namespace WatchBot.Core.Features.Sessions;

/// <summary>Who may drive playback (start, pause, resume, seek) in one session.</summary>
public enum ControlPolicy
{
    /// <summary>Only the host.</summary>
    HostOnly,

    /// <summary>The host and the channel's moderators (the default).</summary>
    HostAndModerators,

    /// <summary>Any member of the channel.</summary>
    Everyone,
}
