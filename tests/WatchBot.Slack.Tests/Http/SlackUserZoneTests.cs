using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Commands;
using WatchBot.Engine.Ports;
using WatchBot.Engine.Sessions;
using WatchBot.Slack.Tests.Support;
using static WatchBot.Slack.Tests.Http.SlackHttpSessionTests;

namespace WatchBot.Slack.Tests.Http;

/// <summary>
/// The real host on the emulator: with <c>users:read</c> a person's own Slack zone goes in with their
/// command (their times are read in it); without it, or for someone Slack does not know, none does
/// and the workspace's zone applies. The session feature's handler is wrapped to see what arrives.
/// </summary>
public sealed class SlackUserZoneTests
{
    private readonly ConcurrentQueue<(string User, string? Zone)> _arrived = new();

    [Fact]
    public async Task WithUsersRead_EachPersonsOwnZoneArrives_AskedOncePerPerson()
    {
        await using var bot = await StartAsync();
        bot.Slack.UsersReadGranted = true;
        bot.Slack.AddUser("UALICE", "America/New_York");
        bot.Slack.AddUser("UBOT", null);

        await ReplyTextAsync(await bot.CommandAsync("status", user: "UALICE"));
        await ReplyTextAsync(await bot.CommandAsync("status", user: "UBOT"));
        await ReplyTextAsync(await bot.CommandAsync("status", user: "UNOBODY"));
        await ReplyTextAsync(await bot.CommandAsync("status", user: "UALICE"));

        Assert.Equal([("UALICE", "America/New_York"), ("UBOT", null), ("UNOBODY", null), ("UALICE", "America/New_York")], _arrived);
        Assert.Equal(["UALICE", "UBOT", "UNOBODY"], bot.Slack.CallsOf("users.info").Select(c => (string?)c.Body["user"]));
    }

    [Fact]
    public async Task ASlackUserInNewYork_BookingFriday9pm_Gets9pmNewYork_AndSomeoneWithoutAZoneTheWorkspaces()
    {
        await using var bot = await StartAsync();
        bot.Slack.UsersReadGranted = true;
        bot.Slack.AddUser("UALICE", "America/New_York");

        await ReplyTextAsync(await bot.CommandAsync("schedule title:Heat at:\"friday 9pm\"", user: "UALICE"));
        await ReplyTextAsync(await bot.Sender.CommandAsync(SlackHttpHost.Team, "C0LOUNGE", "UBOB", "schedule title:Ran at:\"friday 9pm\""));

        var store = bot.Host.Services.GetRequiredService<ISessionStore>();
        var heat = Assert.Single(await store.ListScheduledAsync(new ChannelAddress("slack", SlackHttpHost.Team, SlackHttpHost.Channel), CancellationToken.None));
        var ran = Assert.Single(await store.ListScheduledAsync(new ChannelAddress("slack", SlackHttpHost.Team, "C0LOUNGE"), CancellationToken.None));
        Assert.Equal(("America/New_York", "Friday 21:00"), (heat.TimeZone, LocalIn(heat.ScheduledFor!.Value, "America/New_York")));
        Assert.Equal(("UTC", "Friday 21:00"), (ran.TimeZone, LocalIn(ran.ScheduledFor!.Value, "UTC")));
    }

    [Fact]
    public async Task WithoutUsersRead_NoZoneArrives_AndTheWorkspaceIsAskedOnce()
    {
        await using var bot = await StartAsync();
        bot.Slack.AddUser("UALICE", "America/New_York");

        var first = await ReplyTextAsync(await bot.CommandAsync("status", user: "UALICE"));
        await ReplyTextAsync(await bot.CommandAsync("status", user: "UBOB"));

        Assert.Contains("No session", first, StringComparison.Ordinal);
        Assert.Equal([("UALICE", null), ("UBOB", null)], _arrived);
        Assert.Equal("missing_scope", Assert.Single(bot.Slack.CallsOf("users.info")).Error);
    }

    [Fact]
    public async Task ASlowUsersInfo_IsCutShort_AndTheCommandStillAnswersInTime()
    {
        await using var bot = await StartAsync("--Slack:UserZoneTimeout=00:00:00.300");
        bot.Slack.UsersReadGranted = true;
        bot.Slack.AddUser("UALICE", "America/New_York");
        bot.Slack.UsersInfoDelay = TimeSpan.FromSeconds(5);

        var reply = await ReplyTextAsync(await bot.CommandAsync("status", user: "UALICE"));

        Assert.Contains("No session", reply, StringComparison.Ordinal);
        Assert.Equal([("UALICE", null)], _arrived);
    }

    private static string LocalIn(DateTimeOffset instant, string zone) =>
        Instant.FromDateTimeOffset(instant).InZone(DateTimeZoneProviders.Tzdb[zone]).LocalDateTime
            .ToString("dddd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    private Task<SlackHttpHost> StartAsync(params string[] args) => SlackHttpHost.StartAsync(
        services =>
        {
            var sessions = services.Single(d => d.ServiceType == typeof(ICommandHandler) && d.ImplementationType == typeof(SessionCommandHandler));
            services.Remove(sessions);
            services.AddSingleton<SessionCommandHandler>();
            services.AddSingleton<ICommandHandler>(sp => new Recording(sp.GetRequiredService<SessionCommandHandler>(), _arrived));
        },
        args);

    /// <summary>The session feature's handler, noting who came in with which zone.</summary>
    private sealed class Recording(SessionCommandHandler inner, ConcurrentQueue<(string User, string? Zone)> arrived) : ICommandHandler
    {
        public IReadOnlyCollection<Type> CommandTypes => inner.CommandTypes;

        public Task<CommandOutcome> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
        {
            arrived.Enqueue((request.Actor.User.Id, request.Actor.TimeZone));
            return inner.HandleAsync(request, cancellationToken);
        }
    }
}
