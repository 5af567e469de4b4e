using System.Collections.Immutable;
using System.Globalization;
using WatchBot.Core.Grammar;

namespace WatchBot.Core.Features.Spaces.Commands;

/// <summary>
/// <c>/watch settings</c> (anyone: what is set here) and, for moderators, several settings at once:
/// <c>timezone:Europe/Paris start:mods control:host control-above:8 audit-channel:#mod-log
/// age-restricted:on</c>. The zone is checked by the rules, which know the zones and suggest close ones.
/// </summary>
internal sealed class SettingsSubCommand : ISubCommandDeclaration
{
    /// <summary>The largest threshold: beyond it, "off" says the same.</summary>
    public const int MaxControlAbove = 10_000;

    private const string Example = "/watch settings control:host control-above:8";

    public SubCommand SubCommand { get; } = new(
        "settings",
        "this server's or workspace's settings; moderators set the time zone, who may do what, and more",
        "/watch settings timezone:Europe/Paris",
        [
            // IANA ids are at most about 30 characters; 64 leaves room for a typo to be corrected.
            new("timezone", OptionKind.Text, "The time zone times are read in here, e.g. Europe/Paris or UTC (moderators only)") { MaxLength = 64 },
            .. Enum.GetValues<SpaceAction>().Select(Audience),
            new("control-above", OptionKind.Text, "Above this many watching, only host and mods control playback; off") { MaxLength = 8 },
            new("break-auto", OptionKind.Text, "Pause by itself when this many ask for a break: 3, third or off") { MaxLength = 8 },
            new("audit-channel", OptionKind.Text, "Where moderator actions are also posted (#mod-log); off") { MaxLength = 100 },
            new("age-restricted", OptionKind.Choice, "Is this channel age-restricted")
            {
                Choices = [new("on", "on"), new("off", "off")],
            },
        ],
        Build)
    {
        Order = 120,
    };

    private static CommandOption Audience(SpaceAction action) =>
        // Text, not choices: seven lists of four choices would break Discord's 8000-character command limit.
        new(PermissionWords.Option(action), OptionKind.Text, "everyone, participants, host or mods") { MaxLength = 16 };

    private static ParseResult Build(OptionValues values)
    {
        var zone = values.Text("timezone");
        if (zone is not null && string.IsNullOrWhiteSpace(zone))
        {
            return values.Failure("timezone: needs a time zone, such as Europe/Paris, America/New_York or UTC.");
        }

        var permissions = ImmutableDictionary<SpaceAction, Spaces.Audience>.Empty;
        foreach (var action in Enum.GetValues<SpaceAction>())
        {
            if (values.Text(PermissionWords.Option(action)) is not { } typed)
            {
                continue;
            }

            if (PermissionWords.Parse(typed) is not { } audience)
            {
                var name = PermissionWords.Option(action);
                if (action == SpaceAction.Break && typed.Trim().StartsWith("auto", StringComparison.OrdinalIgnoreCase))
                {
                    // The automatic pause is its own setting, because who may ask and how many asks pause are independent.
                    return values.Failure(
                        "breaks: says who may ask for a break (everyone, participants, host or mods). To pause by itself when enough people ask, use break-auto: with a number of people (3) or third.",
                        "/watch settings break-auto:3");
                }

                return values.Failure($"{name}: is one of everyone, participants, host or mods, not \"{Excerpt.Of(typed)}\".", $"/watch settings {name}:host");
            }

            permissions = permissions.SetItem(action, audience);
        }

        if (values.Choice("age-restricted", out var age) is { } badAge)
        {
            return badAge;
        }

        var command = new SettingsCommand(zone?.Trim()) { Permissions = permissions, AgeRestricted = age is null ? null : age == "on" };
        if (values.Text("control-above") is { } above)
        {
            if (ReadThreshold(above) is not { } threshold)
            {
                return values.Failure(
                    $"control-above: takes a number of people from 1 to {MaxControlAbove}, or off, not \"{Excerpt.Of(above)}\".",
                    "/watch settings control-above:8");
            }

            command = command with { ControlFallsAbove = threshold };
        }

        if (values.Text("break-auto") is { } typedAuto)
        {
            var off = string.Equals(typedAuto.Trim(), SettingsCommand.OffWord, StringComparison.OrdinalIgnoreCase);
            if (!off && Breaks.AutoBreak.Read(typedAuto) is null)
            {
                return values.Failure(
                    $"break-auto: takes a number of people (3), third (a third of those watching) or off, not \"{Excerpt.Of(typedAuto)}\".",
                    "/watch settings break-auto:3");
            }

            command = command with { AutoBreak = new(off ? null : Breaks.AutoBreak.Read(typedAuto)) };
        }

        if (values.Text("audit-channel") is { } channel)
        {
            if (ChannelMention.Read(channel) is not { } read)
            {
                return values.Failure(
                    $"audit-channel: takes a channel, such as #mod-log, or off, not \"{Excerpt.Of(channel)}\".",
                    "/watch settings audit-channel:#mod-log");
            }

            command = command with { AuditChannel = read };
        }

        return ParseResult.Success(command);
    }

    private static Change<int?>? ReadThreshold(string typed)
    {
        var text = typed.Trim();
        if (string.Equals(text, SettingsCommand.OffWord, StringComparison.OrdinalIgnoreCase))
        {
            return new(null);
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= MaxControlAbove ? new(n) : null;
    }
}
