using Microsoft.Extensions.Options;
using WatchBot.Discord.Rest;

namespace WatchBot.Discord;

/// <summary>Fails start-up with a message naming the key when the Discord settings cannot work.</summary>
internal sealed class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        var errors = new List<string>();
        var transport = options.EffectiveTransport;
        if (transport is not (DiscordTransports.Gateway or DiscordTransports.Http))
        {
            errors.Add("Discord:Transport must be \"gateway\" or \"http\".");
        }

        if (string.IsNullOrWhiteSpace(options.Token))
        {
            errors.Add("Discord:Token is required (set the environment variable Discord__Token).");
        }

        if (!Snowflake.IsValid(options.ApplicationId))
        {
            errors.Add("Discord:ApplicationId is required: the application's numeric id.");
        }

        if (transport == DiscordTransports.Http && !IsHexKey(options.PublicKey))
        {
            errors.Add("Discord:PublicKey must be the application's public key: 64 hex characters.");
        }

        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var api) || api.Scheme is not ("http" or "https"))
        {
            errors.Add("Discord:ApiBaseUrl must be an absolute http(s) URL.");
        }

        if (!string.IsNullOrWhiteSpace(options.DevGuildId) && !Snowflake.IsValid(options.DevGuildId))
        {
            errors.Add("Discord:DevGuildId must be a numeric guild id.");
        }

        if (options.ModeratorRoleIds.Any(id => !Snowflake.IsValid(id)))
        {
            errors.Add("Discord:ModeratorRoleIds must hold numeric role ids.");
        }

        if (options.RequestTolerance <= TimeSpan.Zero || options.RequestTolerance > TimeSpan.FromMinutes(15))
        {
            errors.Add("Discord:RequestTolerance must be between 0 and 15 minutes.");
        }

        if (options.AckBudget <= TimeSpan.Zero || options.AckBudget >= TimeSpan.FromSeconds(3))
        {
            errors.Add("Discord:AckBudget must be above 0 and below 3 seconds.");
        }

        if (options.GlobalRequestsPerSecond is < 1 or > 50)
        {
            errors.Add("Discord:GlobalRequestsPerSecond must be between 1 and 50.");
        }

        if (options.MaxRetries is < 0 or > 10)
        {
            errors.Add("Discord:MaxRetries must be between 0 and 10.");
        }

        if (options.ReactionBatchWindow < TimeSpan.Zero || options.ReactionBatchWindow > TimeSpan.FromMinutes(1))
        {
            errors.Add("Discord:ReactionBatchWindow must be between 0 and 1 minute.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static bool IsHexKey(string? key) =>
        key is { Length: 64 } && key.All(char.IsAsciiHexDigit);
}
