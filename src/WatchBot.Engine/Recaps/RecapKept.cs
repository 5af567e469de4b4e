using WatchBot.Core.Features.Recaps;
using WatchBot.Core.Kernel;

namespace WatchBot.Engine.Recaps;

/// <summary>
/// A recap to keep, saved in the same transaction as the session that ended (so a restart never
/// finds an ended session without its recap, nor a recap of a session that did not end).
/// </summary>
/// <param name="Channel">Where the session ran: <c>/watch recap</c> looks recaps up by channel.</param>
/// <param name="Recap">What to keep.</param>
public sealed record RecapKept(ChannelAddress Channel, KeptRecap Recap) : AggregateChange(new AggregateKey(Kind, Recap.Session.Value), 0)
{
    /// <summary>The aggregate kind of a kept recap: one per session, written once, when it ends.</summary>
    public const string Kind = "recap";

    /// <summary>The recap as stored: JSON, people as <c>platform:id</c> with their names (see PRIVACY.md).</summary>
    public string Content => RecapCodec.Encode(Recap);
}
