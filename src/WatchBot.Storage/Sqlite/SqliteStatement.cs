using Microsoft.Data.Sqlite;

namespace WatchBot.Storage.Sqlite;

/// <summary>A command taken from <see cref="SqliteWriterStatements"/>: disposing it gives it back to be kept (or disposes a fresh one).</summary>
internal readonly struct SqliteStatement(SqliteCommand command, SqliteWriterStatements? keeper) : IDisposable, IAsyncDisposable
{
    public SqliteCommand Command { get; } = command;

    public void Dispose()
    {
        if (keeper is null)
        {
            Command.Dispose();
            return;
        }

        keeper.Return(Command);
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
