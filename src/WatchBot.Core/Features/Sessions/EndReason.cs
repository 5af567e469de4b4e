
namespace WatchBot.Core.Features.Sessions;

/// <summary>Why a session is over.</summary>
public enum EndReason
{
    /// <summary>Someone allowed to ended it.</summary>
    EndedByUser,

    /// <summary>Its start passed while the bot was down, beyond the runtime (or the grace period).</summary>
    Missed,

    /// <summary>Its start came while another session was live in the channel, which stayed busy past the grace period.</summary>
    ChannelBusy,

    /// <summary>Its media clock reached the runtime.</summary>
    ReachedEnd,

    /// <summary>A booking cancelled before it started (<c>/watch cancel</c>, or its occurrence skipped).</summary>
    Cancelled,
}
