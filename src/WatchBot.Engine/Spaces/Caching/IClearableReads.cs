namespace WatchBot.Engine.Spaces.Caching;

/// <summary>In-memory read caches that a write past their ports (forget-me, retention) must empty.</summary>
public interface IClearableReads
{
    /// <summary>Forgets everything kept, and every read under way.</summary>
    void ClearAll();
}
