using WatchBot.Contract.Tests.Discord;
using WatchBot.Contract.Tests.Framework;
using WatchBot.Contract.Tests.Shell;
using WatchBot.Contract.Tests.Slack;
using WatchBot.Core.Features.Spaces;
using Xunit.Abstractions;

// Only values outside the enums (casts) are left unhandled: CS8509, a named member not handled, still fails the build.
#pragma warning disable CS8524

namespace WatchBot.Contract.Tests.Moderation;

/// <summary>
/// The authorization matrix on every platform: each action of a live session (start, control, end,
/// react, breaks; nominate and vote, on a booking's poll, go through the same <c>Permissions.May</c>
/// and are checked by the poll's rule tests) × each role (a member who never took part, a
/// participant, the host, a moderator) × each audience a moderator sets with <c>/watch settings &lt;action&gt;:&lt;audience&gt;</c>, through the real
/// host of each platform (one per platform, sessions reused). Refusals are private, name who may, and
/// show nothing in the channel; the outcome of every cell is the same on the shell, Discord and Slack,
/// on SQLite files and on PostgreSQL.
/// </summary>
public sealed class AuthorizationMatrixTests(ITestOutputHelper output)
{
    private static readonly HashSet<string> Moderators = new(StringComparer.Ordinal) { "carol" };
    private static readonly SpaceAction[] Actions = [SpaceAction.Start, SpaceAction.Control, SpaceAction.End, SpaceAction.React, SpaceAction.Break];

    public enum Role
    {
        Member,
        Participant,
        Host,
        Moderator,
    }

    [Theory]
    [MemberData(nameof(ContractStorages.Providers), MemberType = typeof(ContractStorages))]
    public async Task EveryActionRoleAndSetting_IsDecidedAlike_OnEveryPlatform(string provider)
    {
        await using var storages = new ContractStorages(provider);
        IContractPlatform[] platforms =
        [
            new ShellContractPlatform(Moderators, storage: storages.Next()),
            new DiscordContractPlatform(Moderators, storage: storages.Next()),
            new SlackContractPlatform(Moderators, storages.Next()),
        ];
        var outcomes = new List<IReadOnlyList<string>>();
        var shown = new List<IReadOnlyList<string>>();
        foreach (var platform in platforms)
        {
            await using (platform)
            {
                await platform.StartAsync();
                outcomes.Add(await new MatrixRun(new Acting(platform), output).RunAsync(Actions, Expected));
                shown.Add(ViewShape.Of(platform.Views.Views));
            }
        }

        Assert.Equal(Actions.Length * 16, outcomes[0].Count);
        Assert.Equal(outcomes[0], outcomes[1]);
        Assert.Equal(outcomes[0], outcomes[2]);
        Assert.Equal(shown[0], shown[1]);
        Assert.Equal(shown[0], shown[2]);
        await storages.AssertKeptAsync();
    }

    /// <summary>
    /// Who may, written apart from <see cref="Permissions"/>: null when allowed, else who the refusal must
    /// name. Switches with no default arm: a new role or audience does not compile until it is decided.
    /// </summary>
    private static string? Expected(Role role, Audience audience, bool hasSession) => audience switch
    {
        Audience.Everyone => null,
        Audience.Participants => role switch
        {
            Role.Member => Participants(hasSession),
            Role.Participant or Role.Host => hasSession ? null : Participants(hasSession),
            Role.Moderator => null,
        },
        Audience.HostAndModerators => role switch
        {
            Role.Member or Role.Participant => Host(hasSession),
            Role.Host => hasSession ? null : Host(hasSession),
            Role.Moderator => null,
        },
        Audience.Moderators => role == Role.Moderator ? null : "moderators",
    };

    private static string Participants(bool hasSession) =>
        hasSession ? "people taking part in the session and moderators" : "moderators (nobody has joined a session yet)";

    private static string Host(bool hasSession) =>
        hasSession ? "the host (alice) and moderators" : "moderators (there is no host before a session)";
}
