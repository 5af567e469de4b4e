namespace WatchBot.Storage.Sqlite;

/// <summary>
/// One running bot per SQLite file: a lock on <c>&lt;file&gt;.owner</c> beside it, held until the host
/// is disposed. The in-process read caches and the one group-commit writer are exact only if every
/// write goes through this process; a second bot on the same file (a copy started twice, two
/// containers on one volume) would read stale sessions and could book twice. So it is refused before
/// it starts, with what to do instead. The lock is the operating system's (flock on Linux), released
/// when the process ends however it ends, so a crash never leaves the file locked.
/// </summary>
public sealed class SqliteFileOwner : IDisposable
{
    private readonly string _databasePath;
    private readonly Lock _gate = new();
    private FileStream? _held;

    internal SqliteFileOwner(string databasePath) => _databasePath = databasePath;

    /// <summary>The lock file beside the database.</summary>
    public string LockPath => _databasePath + ".owner";

    /// <summary>
    /// Takes the lock (once; again is a no-op), or throws <see cref="StorageUnavailableException"/>
    /// naming the file and the way to run several instances.
    /// </summary>
    public void Take()
    {
        lock (_gate)
        {
            if (_held is not null)
            {
                return;
            }

            if (Path.GetDirectoryName(LockPath) is { Length: > 0 } folder)
            {
                Directory.CreateDirectory(folder);
            }

            try
            {
                // FileShare.None is an exclusive, non-blocking flock on Unix (a sharing lock on Windows).
                _held = new FileStream(LockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
            }
            catch (IOException ex) when (ex is not DirectoryNotFoundException)
            {
                throw new StorageUnavailableException(
                    $"another WatchBot process is using the session database {_databasePath} (it holds {LockPath}). " +
                    "On SQLite one process owns the file: stop the other one, or give this one its own Storage:SqlitePath; " +
                    "to run several instances on one database, use Storage:Provider=postgres (README, Several instances).",
                    ex);
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _held?.Dispose();
            _held = null;
        }
    }
}
