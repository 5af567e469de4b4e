using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WatchBot.Engine;
using WatchBot.Engine.Ports;
using WatchBot.Engine.Spaces.Caching;
using WatchBot.Storage.Tests.Support;

namespace WatchBot.Storage.Tests.Caching;

/// <summary>On SQLite the space reads are cached (one process owns the file), and still exact.</summary>
public sealed class SqliteSpaceReadsTests : SpaceReadsContract
{
    private readonly TempDatabase _db = new();

    public override Task InitializeAsync() => Task.CompletedTask;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _db.Dispose();
    }

    [Fact]
    public async Task TheSpaceReads_AreCached()
    {
        var bot = await StartAsync();

        Assert.IsType<CachedSpaceModerators>(bot.GetRequiredService<ISpaceModerators>());
        Assert.IsType<CachedBans>(bot.GetRequiredService<IBans>());
        Assert.IsType<CachedSpaceSettings>(bot.GetRequiredService<ISpaceSettingsStore>());
        Assert.IsType<ClearingPersonalData>(bot.GetRequiredService<IPersonalData>());
    }

    [Fact]
    public async Task ARepeatedCommand_ReadsItsSpaceOnce()
    {
        var bot = await StartAsync();
        var caches = bot.GetRequiredService<SpaceReadCaches>();

        await StandingOf(bot, "u2");
        await StandingOf(bot, "u2");

        Assert.Equal(1, caches.Moderators.Count);
        Assert.Equal(1, caches.Bans.Count);
    }

    protected override void Configure(IServiceCollection services)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new KeyValuePair<string, string?>("Storage:SqlitePath", _db.FilePath)])
            .Build();
        services.AddWatchBotEngine(configuration).AddWatchBotStorage(configuration);
    }
}
