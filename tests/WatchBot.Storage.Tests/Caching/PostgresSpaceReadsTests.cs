using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WatchBot.Core.Features.Spaces;
using WatchBot.Engine;
using WatchBot.Engine.Ports;
using WatchBot.Testing.Postgres;

namespace WatchBot.Storage.Tests.Caching;

/// <summary>
/// On PostgreSQL several instances share the database, so the space reads are not cached: a change
/// made by another instance is seen by this one's very next command (the bound is zero).
/// </summary>
public sealed class PostgresSpaceReadsTests : SpaceReadsContract
{
    private readonly PostgresTestDatabase _server = new();

    public override Task InitializeAsync() => _server.InitializeAsync();

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task AnotherInstancesChanges_AreSeenByTheNextCommand()
    {
        var one = await StartAsync();
        var other = await StartAsync();
        Assert.False((await StandingOf(other, "u2")).IsModerator);
        Assert.False((await StandingOf(other, "u3")).IsBanned);
        Assert.Equal(SpaceSettings.None, await other.GetRequiredService<ISpaceSettingsStore>().GetAsync("discord", "g1", CancellationToken.None));

        await one.GetRequiredService<ISpaceModerators>().AddAsync("discord", "g1", "u2", "u1", CancellationToken.None);
        await one.GetRequiredService<IBans>().PutAsync(new BanRecord("discord", "g1", "u3", null, null, "u1", Time.GetUtcNow()), CancellationToken.None);
        var saved = await one.GetRequiredService<ISpaceSettingsStore>().SaveAsync("discord", "g1", new SpaceSettings { TimeZone = "Asia/Tokyo" }, CancellationToken.None);

        Assert.True((await StandingOf(other, "u2")).IsModerator);
        Assert.True((await StandingOf(other, "u3")).IsBanned);
        Assert.Equal(saved, await other.GetRequiredService<ISpaceSettingsStore>().GetAsync("discord", "g1", CancellationToken.None));

        await one.GetRequiredService<ISpaceModerators>().RemoveAsync("discord", "g1", "u2", CancellationToken.None);
        Assert.False((await StandingOf(other, "u2")).IsModerator);
    }

    protected override void Configure(IServiceCollection services)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(
            [
                new KeyValuePair<string, string?>("Storage:Provider", "postgres"),
                new KeyValuePair<string, string?>("Storage:ConnectionString", _server.ConnectionString),
            ])
            .Build();
        services.AddWatchBotEngine(configuration).AddWatchBotStorage(configuration);
    }
}
