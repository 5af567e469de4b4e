namespace WatchBot.Core.Features.Sessions.ReadyChecks;

/// <summary>Why a held start let go and began its countdown.</summary>
public enum ReadyRelease
{
    /// <summary>Enough people said ready.</summary>
    Reached,

    /// <summary>The <c>wait:</c> deadline passed.</summary>
    Deadline,

    /// <summary>The host or a moderator started it (<c>/watch resume</c> or the card's Start now).</summary>
    HostGo,
}
