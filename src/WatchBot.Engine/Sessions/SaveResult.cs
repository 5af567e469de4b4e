namespace WatchBot.Engine.Sessions;

/// <summary>How a commit ended: saved, failed (nothing changed), or refused because another writer saved first.</summary>
internal enum SaveResult
{
    Saved,
    Failed,
    Conflict,
}
