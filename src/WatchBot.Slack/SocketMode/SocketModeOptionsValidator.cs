using Microsoft.Extensions.Options;

namespace WatchBot.Slack.SocketMode;

/// <summary>Fails start-up with the offending key when <c>Slack:SocketMode</c> makes no sense.</summary>
public sealed class SocketModeOptionsValidator : IValidateOptions<SocketModeOptions>
{
    public ValidateOptionsResult Validate(string? name, SocketModeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        const string S = SocketModeOptions.SectionName;
        Between(failures, $"{S}:HandlerBudget", options.HandlerBudget, TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(2750));
        AtLeast(failures, $"{S}:ConnectTimeout", options.ConnectTimeout, TimeSpan.FromMilliseconds(100));
        AtLeast(failures, $"{S}:HelloTimeout", options.HelloTimeout, TimeSpan.FromMilliseconds(100));
        Between(failures, $"{S}:ReconnectDelayMin", options.ReconnectDelayMin, TimeSpan.FromMilliseconds(1), TimeSpan.FromHours(1));
        Between(failures, $"{S}:ReconnectDelayMax", options.ReconnectDelayMax, options.ReconnectDelayMin, TimeSpan.FromHours(1));
        AtLeast(failures, $"{S}:StableConnectionAfter", options.StableConnectionAfter, TimeSpan.Zero);
        AtLeast(failures, $"{S}:PingInterval", options.PingInterval, TimeSpan.Zero);
        AtLeast(failures, $"{S}:PongTimeout", options.PongTimeout, TimeSpan.Zero);
        AtLeast(failures, $"{S}:CloseTimeout", options.CloseTimeout, TimeSpan.Zero);
        if (options.MaxMessageBytes < 4096)
        {
            failures.Add($"{S}:MaxMessageBytes must be at least 4096.");
        }

        if (options.RememberedEnvelopes is < 10 or > 1_000_000)
        {
            failures.Add($"{S}:RememberedEnvelopes must be between 10 and 1000000.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void AtLeast(List<string> failures, string key, TimeSpan value, TimeSpan min)
    {
        if (value < min)
        {
            failures.Add($"{key} must be at least {min:c}.");
        }
    }

    private static void Between(List<string> failures, string key, TimeSpan value, TimeSpan min, TimeSpan max)
    {
        if (value < min || value > max)
        {
            failures.Add($"{key} must be between {min:c} and {max:c}.");
        }
    }
}
