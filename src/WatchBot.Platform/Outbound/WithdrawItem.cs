using WatchBot.Core.Kernel;

namespace WatchBot.Platform.Outbound;

/// <summary>Cancel an announcement arranged ahead that no longer holds.</summary>
internal sealed record WithdrawItem(ChannelAddress Channel, string Key, SendCause? Cause) : OutboundItem(Channel, Cause)
{
    public override string EndsAhead => Key;

    public override string Kind => "withdraw";
}
