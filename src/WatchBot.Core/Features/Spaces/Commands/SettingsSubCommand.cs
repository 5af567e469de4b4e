using WatchBot.Core.Grammar;

namespace WatchBot.Core.Features.Spaces.Commands;

/// <summary>
/// <c>/watch settings</c> (anyone: what is set here) and <c>/watch settings timezone:Europe/Paris</c>
/// (moderators). The zone is checked by the rules, which know the zones and suggest close ones.
/// </summary>
internal sealed class SettingsSubCommand : ISubCommandDeclaration
{
    public SubCommand SubCommand { get; } = new(
        "settings",
        "this server's or workspace's settings; moderators set its time zone with timezone:",
        "/watch settings timezone:Europe/Paris",
        [
            // IANA ids are at most about 30 characters; 64 leaves room for a typo to be corrected.
            new("timezone", OptionKind.Text, "The time zone times are read in here, e.g. Europe/Paris or UTC (moderators only)") { MaxLength = 64 },
        ],
        Build)
    {
        Order = 120,
    };

    private static ParseResult Build(OptionValues values)
    {
        var zone = values.Text("timezone");
        if (zone is not null && string.IsNullOrWhiteSpace(zone))
        {
            return values.Failure("timezone: needs a time zone, such as Europe/Paris, America/New_York or UTC.");
        }

        return ParseResult.Success(new SettingsCommand(zone?.Trim()));
    }
}
