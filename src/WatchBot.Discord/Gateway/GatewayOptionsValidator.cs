using Microsoft.Extensions.Options;

namespace WatchBot.Discord.Gateway;

/// <summary>Fails start-up with the offending key when the <c>Discord:Gateway</c> section makes no sense.</summary>
internal sealed class GatewayOptionsValidator : IValidateOptions<GatewayOptions>
{
    public ValidateOptionsResult Validate(string? name, GatewayOptions options)
    {
        var failures = new List<string>();
        const string S = GatewayOptions.SectionName;
        if (string.IsNullOrWhiteSpace(options.Token))
        {
            failures.Add("Discord:Token must be set (env Discord__Token): the gateway identifies with the bot token.");
        }

        if (options.ShardCount is < 1 or > 65535)
        {
            failures.Add($"{S}:ShardCount must be between 1 and 65535, or unset for Discord's recommendation.");
        }

        if (options.ShardIds is { } ids)
        {
            if (ids.Count == 0)
            {
                failures.Add($"{S}:ShardIds must list at least one shard id, or be unset for all shards.");
            }

            if (ids.Any(id => id < 0) || (options.ShardCount is int count && ids.Any(id => id >= count)))
            {
                failures.Add($"{S}:ShardIds must each be in [0, {S}:ShardCount).");
            }

            if (ids.Distinct().Count() != ids.Count)
            {
                failures.Add($"{S}:ShardIds must not repeat a shard id.");
            }

            if (options.ShardCount is null)
            {
                failures.Add($"{S}:ShardIds needs {S}:ShardCount: shard ids only mean something for a fixed total.");
            }
        }

        if (options.Url is { } url && (!url.IsAbsoluteUri || (url.Scheme != "ws" && url.Scheme != "wss")))
        {
            failures.Add($"{S}:Url must be an absolute ws:// or wss:// URL.");
        }

        Range(failures, $"{S}:ConnectTimeout", options.ConnectTimeout, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5));
        Range(failures, $"{S}:HelloTimeout", options.HelloTimeout, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5));
        Range(failures, $"{S}:CloseTimeout", options.CloseTimeout, TimeSpan.Zero, TimeSpan.FromMinutes(1));
        Range(failures, $"{S}:ReconnectDelayMin", options.ReconnectDelayMin, TimeSpan.Zero, TimeSpan.FromMinutes(1));
        Range(failures, $"{S}:ReconnectDelayMax", options.ReconnectDelayMax, options.ReconnectDelayMin, TimeSpan.FromMinutes(10));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Range(List<string> failures, string key, TimeSpan value, TimeSpan min, TimeSpan max)
    {
        if (value < min || value > max)
        {
            failures.Add($"{key} must be between {min:c} and {max:c}.");
        }
    }
}
