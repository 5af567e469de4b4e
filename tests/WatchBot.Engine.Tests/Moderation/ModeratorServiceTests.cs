using Microsoft.Extensions.Logging.Abstractions;
using WatchBot.Core.Commands;
using WatchBot.Core.Notices;
using WatchBot.Core.Sessions;
using WatchBot.Engine.Moderation;
using WatchBot.Engine.Ports;

namespace WatchBot.Engine.Tests.Moderation;

/// <summary>The rules of <c>/watch mod</c>, the same on every platform.</summary>
public sealed class ModeratorServiceTests
{
    private static readonly ChannelAddress Channel = new("test", "space-1", "channel-1");
    private static readonly Actor Mod = new(new UserRef("test", "u-mod", "mod"), IsModerator: true);
    private static readonly Actor Member = new(new UserRef("test", "u-member", "member"), IsModerator: false);

    private readonly InMemorySpaceModerators _stored = new();
    private readonly ModeratorService _service;

    public ModeratorServiceTests() => _service = new ModeratorService(_stored, NullLogger<ModeratorService>.Instance);

    [Theory]
    [InlineData(ModVerb.List, null)]
    [InlineData(ModVerb.Add, "bob")]
    [InlineData(ModVerb.Remove, "bob")]
    public async Task NonModerator_IsRefused_AndToldWhoMay(ModVerb verb, string? user)
    {
        var reply = await Run(Member, verb, user);

        var refused = Assert.IsType<Refused>(reply);
        Assert.Contains("only a moderator", refused.Reason, StringComparison.Ordinal);
        Assert.Contains(Platform.Who, refused.Reason, StringComparison.Ordinal);
        Assert.Empty(await _stored.ListAsync("test", "space-1", CancellationToken.None));
    }

    [Fact]
    public async Task Add_ThenList_ThenRemove_ThenRemoveAgain()
    {
        var added = await Run(Mod, ModVerb.Add, "@Bob");
        var again = await Run(Mod, ModVerb.Add, "bob");
        var listed = await Run(Mod, ModVerb.List, null);
        var removed = await Run(Mod, ModVerb.Remove, "bob");
        var nothing = await Run(Mod, ModVerb.Remove, "bob");

        Assert.Equal(new ModeratorChanged("bob", Added: true, AlreadySo: false, null), added);
        Assert.Equal(new ModeratorChanged("bob", Added: true, AlreadySo: true, null), again);
        var list = Assert.IsType<ModeratorsListed>(listed);
        Assert.Equal(["carol"], list.Configured);
        Assert.Equal(["bob"], list.Added);
        Assert.Equal(new ModeratorChanged("bob", Added: false, AlreadySo: false, null), removed);
        Assert.Equal(new ModeratorChanged("bob", Added: false, AlreadySo: true, null), nothing);
    }

    [Fact]
    public async Task ConfiguredModerator_CannotBeRemoved_AndIsAlreadyOne()
    {
        var removed = await Run(Mod, ModVerb.Remove, "carol");
        var added = await Run(Mod, ModVerb.Add, "carol");

        var refused = Assert.IsType<Refused>(removed);
        Assert.Contains("the test config", refused.Reason, StringComparison.Ordinal);
        Assert.Equal(new ModeratorChanged("carol", Added: true, AlreadySo: true, "the test config"), added);
        Assert.Empty(await _stored.ListAsync("test", "space-1", CancellationToken.None));
    }

    [Fact]
    public async Task UnreadableUser_SaysHowToNameSomeone()
    {
        var reply = await Run(Mod, ModVerb.Add, "not a name!");

        var refused = Assert.IsType<Refused>(reply);
        Assert.Contains(Platform.How, refused.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StorageFailure_IsAPoliteRefusal()
    {
        _stored.Fail = true;

        var reply = await Run(Mod, ModVerb.Add, "bob");

        Assert.Contains("nothing was changed", Assert.IsType<Refused>(reply).Reason, StringComparison.Ordinal);
    }

    private Task<Notice> Run(Actor actor, ModVerb verb, string? user) =>
        _service.HandleAsync(Channel, actor, new ModCommand(verb, user), new Platform(), CancellationToken.None);

    /// <summary>A platform where people are named by lower-case word and carol is configured.</summary>
    private sealed class Platform : IPlatformModerators
    {
        public const string Who = "carol and those added";
        public const string How = "a plain name";

        public string WhoModerates => Who;

        public string HowToName => How;

        public IReadOnlyList<string> Configured => ["carol"];

        public string? ReadUserId(string typed)
        {
            var name = typed.TrimStart('@').ToLowerInvariant();
            return name.All(char.IsAsciiLetter) ? name : null;
        }

        public string? BuiltInReason(string userId) => userId == "carol" ? "the test config" : null;
    }
}
