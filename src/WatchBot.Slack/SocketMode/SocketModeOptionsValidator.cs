using Microsoft.Extensions.Options;
using WatchBot.Platform.Options;

namespace WatchBot.Slack.SocketMode;

/// <summary>Fails start-up with the offending key when <c>Slack:SocketMode</c> makes no sense.</summary>
public sealed class SocketModeOptionsValidator : IValidateOptions<SocketModeOptions>
{
    public ValidateOptionsResult Validate(string? name, SocketModeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        const string S = SocketModeOptions.SectionName;
        return new OptionsCheck()
            .Between($"{S}:HandlerBudget", options.HandlerBudget, TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(2750))
            .AtLeast($"{S}:ConnectTimeout", options.ConnectTimeout, TimeSpan.FromMilliseconds(100))
            .AtLeast($"{S}:HelloTimeout", options.HelloTimeout, TimeSpan.FromMilliseconds(100))
            .Between($"{S}:ReconnectDelayMin", options.ReconnectDelayMin, TimeSpan.FromMilliseconds(1), TimeSpan.FromHours(1))
            .Between($"{S}:ReconnectDelayMax", options.ReconnectDelayMax, options.ReconnectDelayMin, TimeSpan.FromHours(1))
            .AtLeast($"{S}:StableConnectionAfter", options.StableConnectionAfter, TimeSpan.Zero)
            .AtLeast($"{S}:PingInterval", options.PingInterval, TimeSpan.Zero)
            .AtLeast($"{S}:PongTimeout", options.PongTimeout, TimeSpan.Zero)
            .AtLeast($"{S}:CloseTimeout", options.CloseTimeout, TimeSpan.Zero)
            .That(options.MaxMessageBytes >= 4096, $"{S}:MaxMessageBytes must be at least 4096.")
            .Between($"{S}:RememberedEnvelopes", options.RememberedEnvelopes, 10, 1_000_000)
            .Result;
    }
}
