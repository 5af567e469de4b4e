namespace WatchBot.Storage;

/// <summary>
/// The configured database cannot be used at start-up (unreachable, refused the login, missing, or a
/// provider without a store for every port). Its message is one sentence safe to print: it names the
/// host and database, never the connection string.
/// </summary>
public sealed class StorageUnavailableException : Exception
{
    public StorageUnavailableException(string message)
        : base(message)
    {
    }

    public StorageUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public StorageUnavailableException()
    {
    }
}
