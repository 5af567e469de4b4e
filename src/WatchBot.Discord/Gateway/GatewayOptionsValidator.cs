using Microsoft.Extensions.Options;
using WatchBot.Platform.Options;

namespace WatchBot.Discord.Gateway;

/// <summary>Fails start-up with the offending key when the <c>Discord:Gateway</c> section makes no sense.</summary>
internal sealed class GatewayOptionsValidator : IValidateOptions<GatewayOptions>
{
    public ValidateOptionsResult Validate(string? name, GatewayOptions options)
    {
        const string S = GatewayOptions.SectionName;
        var check = new OptionsCheck()
            .Secret("Discord:Token", options.Token, "the bot token the gateway identifies with");
        if (options.ShardCount is int count)
        {
            check.Between($"{S}:ShardCount", count, 1, 65535);
        }

        if (options.ShardIds is { } ids)
        {
            check.That(ids.Count > 0, $"{S}:ShardIds must list at least one shard id, or be unset for all shards.")
                .That(!ids.Any(id => id < 0) && !(options.ShardCount is int total && ids.Any(id => id >= total)), $"{S}:ShardIds must each be in [0, {S}:ShardCount).")
                .That(ids.Distinct().Count() == ids.Count, $"{S}:ShardIds must not repeat a shard id.")
                .That(options.ShardCount is not null, $"{S}:ShardIds needs {S}:ShardCount: shard ids only mean something for a fixed total.");
        }

        return check
            .AbsoluteUrl($"{S}:Url", options.Url, required: false, "ws", "wss")
            .Between($"{S}:ConnectTimeout", options.ConnectTimeout, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5))
            .Between($"{S}:HelloTimeout", options.HelloTimeout, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5))
            .Between($"{S}:CloseTimeout", options.CloseTimeout, TimeSpan.Zero, TimeSpan.FromMinutes(1))
            .Between($"{S}:ReconnectDelayMin", options.ReconnectDelayMin, TimeSpan.Zero, TimeSpan.FromMinutes(1))
            .Between($"{S}:ReconnectDelayMax", options.ReconnectDelayMax, options.ReconnectDelayMin, TimeSpan.FromMinutes(10))
            .Result;
    }
}
