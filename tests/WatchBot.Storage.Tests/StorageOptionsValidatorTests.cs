namespace WatchBot.Storage.Tests;

public sealed class StorageOptionsValidatorTests
{
    private readonly StorageOptionsValidator _validator = new();

    [Fact]
    public void Defaults_AreValid()
    {
        var options = new StorageOptions();

        Assert.True(_validator.Validate(null, options).Succeeded);
        Assert.Equal("data/watchbot.db", options.SqlitePath);
        Assert.Equal(TimeSpan.FromSeconds(5), options.BusyTimeout);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void EmptyPath_FailsNamingTheKey(string path)
    {
        var result = _validator.Validate(null, new StorageOptions { SqlitePath = path });

        Assert.True(result.Failed);
        Assert.Contains("Storage:SqlitePath must not be empty", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(":memory:")]
    [InlineData("file:watchbot.db?mode=memory")]
    public void InMemoryDatabase_FailsNamingTheKey(string path)
    {
        var result = _validator.Validate(null, new StorageOptions { SqlitePath = path });

        Assert.True(result.Failed);
        Assert.Contains("Storage:SqlitePath", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(61)]
    public void BusyTimeoutOutOfRange_FailsNamingTheKey(int seconds)
    {
        var result = _validator.Validate(null, new StorageOptions { BusyTimeout = TimeSpan.FromSeconds(seconds) });

        Assert.True(result.Failed);
        Assert.Contains("Storage:BusyTimeout", result.FailureMessage, StringComparison.Ordinal);
    }
}
