using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using WatchBot.Core.Features.Spaces;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Ports;
using WatchBot.Engine.Standing;
using WatchBot.Testing;

namespace WatchBot.Storage.Tests.Caching;

/// <summary>
/// The reads every command makes about its space (stored moderators, bans, settings) as the host wires
/// them for each provider (cached on SQLite, read afresh on PostgreSQL): a change is seen by the very
/// next command, whichever way it was made.
/// </summary>
public abstract class SpaceReadsContract : IAsyncLifetime, IAsyncDisposable
{
    private const string Space = "g1";
    private static readonly ChannelAddress Channel = new("discord", Space, "c1");
    private readonly List<ServiceProvider> _instances = [];

    protected FakeTimeProvider Time { get; } = new(TestTime.Start);

    public abstract Task InitializeAsync();

    public virtual async Task DisposeAsync()
    {
        foreach (var instance in _instances)
        {
            await instance.DisposeAsync();
        }
    }

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await DisposeAsync();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task ModeratorAdded_ThenRemoved_IsSeenByTheNextCommand()
    {
        var bot = await StartAsync();
        Assert.False((await StandingOf(bot, "u2")).IsModerator);

        await bot.GetRequiredService<ISpaceModerators>().AddAsync("discord", Space, "u2", "u1", CancellationToken.None);
        Assert.True((await StandingOf(bot, "u2")).IsModerator);

        await bot.GetRequiredService<ISpaceModerators>().RemoveAsync("discord", Space, "u2", CancellationToken.None);
        Assert.False((await StandingOf(bot, "u2")).IsModerator);
    }

    [Fact]
    public async Task BanPut_ThenLifted_IsSeenByTheNextCommand()
    {
        var bot = await StartAsync();
        Assert.False((await StandingOf(bot, "u3")).IsBanned);

        await bot.GetRequiredService<IBans>().PutAsync(new BanRecord("discord", Space, "u3", null, null, "u1", Time.GetUtcNow()), CancellationToken.None);
        Assert.True((await StandingOf(bot, "u3")).IsBanned);

        Assert.True(await bot.GetRequiredService<IBans>().RemoveAsync("discord", Space, "u3", CancellationToken.None));
        Assert.False((await StandingOf(bot, "u3")).IsBanned);
    }

    [Fact]
    public async Task ATimedBan_StopsCountingAtItsEnd_ReadOrKept()
    {
        var bot = await StartAsync();
        await bot.GetRequiredService<IBans>().PutAsync(new BanRecord("discord", Space, "u3", Time.GetUtcNow().AddHours(1), null, "u1", Time.GetUtcNow()), CancellationToken.None);
        Assert.True((await StandingOf(bot, "u3")).IsBanned);

        Time.Advance(TimeSpan.FromHours(1));

        Assert.False((await StandingOf(bot, "u3")).IsBanned);
    }

    [Fact]
    public async Task SettingChanged_IsSeenByTheNextRead()
    {
        var bot = await StartAsync();
        var settings = bot.GetRequiredService<ISpaceSettingsStore>();
        Assert.Equal(SpaceSettings.None, await settings.GetAsync("discord", Space, CancellationToken.None));

        var saved = await settings.SaveAsync("discord", Space, new SpaceSettings { TimeZone = "Europe/Paris" }, CancellationToken.None);
        Assert.Equal(saved, await settings.GetAsync("discord", Space, CancellationToken.None));

        var again = await settings.SaveAsync("discord", Space, saved with { ControlFallsAbove = 8 }, CancellationToken.None);
        Assert.Equal(8, (await settings.GetAsync("discord", Space, CancellationToken.None)).ControlFallsAbove);
        Assert.Equal(again.Version, (await settings.GetAsync("discord", Space, CancellationToken.None)).Version);
    }

    [Fact]
    public async Task ForgetMe_OfAnAddedModerator_IsSeenByTheNextCommand()
    {
        var bot = await StartAsync();
        await bot.GetRequiredService<ISpaceModerators>().AddAsync("discord", Space, "u2", "u1", CancellationToken.None);
        Assert.True((await StandingOf(bot, "u2")).IsModerator);

        var result = await bot.GetRequiredService<IPersonalData>().ForgetAsync("discord", Space, "u2", "bob", CancellationToken.None);

        Assert.Null(result.LiveChannelId);
        Assert.False((await StandingOf(bot, "u2")).IsModerator);
    }

    /// <summary>A new instance of the bot's storage (and standing) on this test's database, migrated.</summary>
    protected async Task<ServiceProvider> StartAsync()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<TimeProvider>(Time);
        Configure(services);
        var provider = services.BuildServiceProvider();
        _instances.Add(provider);
        foreach (var hosted in provider.GetServices<IHostedService>().Where(h => h.GetType().Namespace?.StartsWith("WatchBot.Storage", StringComparison.Ordinal) == true))
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        return provider;
    }

    /// <summary>Registers storage and the engine as the host does, for this provider and database.</summary>
    protected abstract void Configure(IServiceCollection services);

    protected static Task<Actor> StandingOf(IServiceProvider bot, string userId) =>
        bot.GetRequiredService<StandingService>().ForAsync(Channel, new UserRef("discord", userId, userId), new NoBuiltInModerators(), CancellationToken.None);
}
