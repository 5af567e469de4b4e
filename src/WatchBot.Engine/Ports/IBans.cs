namespace WatchBot.Engine.Ports;

/// <summary>
/// Who may not use WatchBot in a space (<c>/watch ban</c>), by platform identity: the key is the
/// person's id, so a ban survives renames. A ban past its end no longer counts, measured on the
/// <see cref="TimeProvider"/> the store was given.
/// </summary>
public interface IBans
{
    /// <summary>The ban on <paramref name="userId"/> in force now, or null.</summary>
    Task<BanRecord?> FindAsync(string platform, string spaceId, string userId, CancellationToken cancellationToken);

    /// <summary>Bans someone, replacing any ban they had in that space.</summary>
    Task PutAsync(BanRecord ban, CancellationToken cancellationToken);

    /// <summary>Lifts someone's ban; true when one was in force.</summary>
    Task<bool> RemoveAsync(string platform, string spaceId, string userId, CancellationToken cancellationToken);
}
