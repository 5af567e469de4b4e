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

    [Theory]
    [InlineData("postgres")]
    [InlineData("Postgres")]
    [InlineData("SQLITE")]
    public void Provider_IsReadWhateverItsCase(string provider)
    {
        var options = new StorageOptions { Provider = provider, ConnectionString = "Host=db.example;Database=watchbot;Username=bot" };

        Assert.True(_validator.Validate(null, options).Succeeded);
        Assert.Equal(provider.Equals("postgres", StringComparison.OrdinalIgnoreCase), options.UsesPostgres);
    }

    [Fact]
    public void UnknownProvider_FailsNamingTheKeyAndTheChoices()
    {
        var result = _validator.Validate(null, new StorageOptions { Provider = "mysql" });

        Assert.True(result.Failed);
        Assert.Contains("Storage:Provider must be 'sqlite' (the default) or 'postgres'", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Postgres_WithoutConnectionString_FailsNamingTheKey(string? connectionString)
    {
        var result = _validator.Validate(null, new StorageOptions { Provider = "postgres", ConnectionString = connectionString });

        Assert.True(result.Failed);
        Assert.Contains("Storage:ConnectionString must be set", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Host=db;Password=hunter2;Bogus Keyword=1")]
    [InlineData("Host=db;Password=hunter2;Port=not-a-number")]
    public void Postgres_MalformedConnectionString_FailsWithoutRepeatingIt(string connectionString)
    {
        var result = _validator.Validate(null, new StorageOptions { Provider = "postgres", ConnectionString = connectionString });

        Assert.True(result.Failed);
        Assert.Contains("Storage:ConnectionString is not a valid PostgreSQL connection string", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Postgres_WithoutHost_FailsNamingTheKey()
    {
        var result = _validator.Validate(null, new StorageOptions { Provider = "postgres", ConnectionString = "Database=watchbot;Password=hunter2" });

        Assert.True(result.Failed);
        Assert.Contains("Storage:ConnectionString must name a Host", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Postgres_IgnoresTheSqlitePath()
    {
        var options = new StorageOptions { Provider = "postgres", ConnectionString = "Host=db", SqlitePath = ":memory:" };

        Assert.True(_validator.Validate(null, options).Succeeded);
    }
}
