using Microsoft.Extensions.Options;
using WatchBot.Discord.Rest;
using WatchBot.Platform.Options;

namespace WatchBot.Discord;

/// <summary>Fails start-up with a message naming the key when the Discord settings cannot work.</summary>
internal sealed class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        var transport = options.EffectiveTransport;
        return new OptionsCheck()
            .That(transport is DiscordTransports.Gateway or DiscordTransports.Http, "Discord:Transport must be \"gateway\" or \"http\".")
            .Secret("Discord:Token", options.Token, "the bot token")
            .That(Snowflake.IsValid(options.ApplicationId), "Discord:ApplicationId is required: the application's numeric id.")
            .That(transport != DiscordTransports.Http || IsHexKey(options.PublicKey), "Discord:PublicKey must be the application's public key: 64 hex characters.")
            .AbsoluteUrl("Discord:ApiBaseUrl", options.ApiBaseUrl, "http", "https")
            .That(string.IsNullOrWhiteSpace(options.DevGuildId) || Snowflake.IsValid(options.DevGuildId), "Discord:DevGuildId must be a numeric guild id.")
            .That(options.ModeratorRoleIds.All(Snowflake.IsValid), "Discord:ModeratorRoleIds must hold numeric role ids.")
            .Positive("Discord:RequestTolerance", options.RequestTolerance, TimeSpan.FromMinutes(15))
            .PositiveBelow("Discord:AckBudget", options.AckBudget, TimeSpan.FromSeconds(3))
            .Between("Discord:GlobalRequestsPerSecond", options.GlobalRequestsPerSecond, 1, 50)
            .Between("Discord:MaxRetries", options.MaxRetries, 0, 10)
            .Between("Discord:ReactionBatchWindow", options.ReactionBatchWindow, TimeSpan.Zero, TimeSpan.FromMinutes(1))
            .Result;
    }

    private static bool IsHexKey(string? key) =>
        key is { Length: 64 } && key.All(char.IsAsciiHexDigit);
}
