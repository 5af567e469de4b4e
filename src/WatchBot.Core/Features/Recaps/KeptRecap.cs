using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;

namespace WatchBot.Core.Features.Recaps;

/// <summary>A recap as it is kept when its session ends: what <c>/watch recap</c> shows again.</summary>
/// <param name="Session">The session it sums up.</param>
/// <param name="Title">The session's title then.</param>
/// <param name="EndedAt">When the session ended.</param>
/// <param name="By">Who ended it; null when it reached its end.</param>
/// <param name="Recap">The recap itself, completed with the reactions.</param>
public sealed record KeptRecap(SessionId Session, string Title, DateTimeOffset EndedAt, UserRef? By, Recap Recap)
{
    /// <summary>The recap <paramref name="ended"/> announced, to keep.</summary>
    public static KeptRecap Of(SessionEnded ended)
    {
        ArgumentNullException.ThrowIfNull(ended);
        return new KeptRecap(ended.Session.Id, ended.Session.Title, ended.Session.EndedAt ?? ended.Session.CreatedAt, ended.By, ended.Recap);
    }
}
