namespace WatchBot.Emulators.Discord.Gateway;

/// <summary>A gateway session as the emulator tracks it: id, shard and the last sequence it sent.</summary>
internal sealed class EmulatedGatewaySession(string id, int shardId)
{
    private long _sequence;

    public string Id => id;

    public int ShardId => shardId;

    public long NextSequence() => Interlocked.Increment(ref _sequence);
}
