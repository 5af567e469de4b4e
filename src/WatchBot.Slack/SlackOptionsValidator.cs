using Microsoft.Extensions.Options;

namespace WatchBot.Slack;

/// <summary>Fails start-up with a message naming the key, so a wrong setting is never only logged.</summary>
internal sealed class SlackOptionsValidator : IValidateOptions<SlackOptions>
{
    public ValidateOptionsResult Validate(string? name, SlackOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.BotToken) || !options.BotToken.StartsWith("xoxb-", StringComparison.Ordinal))
        {
            failures.Add("Slack:BotToken must be a bot token (xoxb-…); set it with the environment variable Slack__BotToken.");
        }

        switch (options.EffectiveTransport)
        {
            case SlackTransports.Socket:
                if (string.IsNullOrWhiteSpace(options.AppToken) || !options.AppToken.StartsWith("xapp-", StringComparison.Ordinal))
                {
                    failures.Add("Slack:AppToken must be an app-level token (xapp-…) for Socket Mode; set Slack__AppToken, or Slack:Transport=http.");
                }

                break;
            case SlackTransports.Http:
                if (string.IsNullOrWhiteSpace(options.SigningSecret))
                {
                    failures.Add("Slack:SigningSecret is required when Slack:Transport is http; set Slack__SigningSecret.");
                }

                break;
            default:
                failures.Add("Slack:Transport must be 'socket' or 'http'.");
                break;
        }

        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var api)
            || (api.Scheme != Uri.UriSchemeHttps && api.Scheme != Uri.UriSchemeHttp)
            || !options.ApiBaseUrl.EndsWith('/'))
        {
            failures.Add("Slack:ApiBaseUrl must be an absolute http(s) URL ending in '/', such as https://slack.com/api/.");
        }

        if (options.Moderators.Any(string.IsNullOrWhiteSpace))
        {
            failures.Add("Slack:Moderators must list user ids (U…), no empty entries.");
        }

        if (string.IsNullOrWhiteSpace(options.CommandName) || !options.CommandName.StartsWith('/'))
        {
            failures.Add("Slack:CommandName must start with '/', such as /watch.");
        }

        Check(failures, options.RequestTolerance > TimeSpan.Zero && options.RequestTolerance <= TimeSpan.FromMinutes(15), "Slack:RequestTolerance must be between 0 and 15 minutes.");
        Check(failures, options.AckBudget > TimeSpan.Zero && options.AckBudget < TimeSpan.FromSeconds(3), "Slack:AckBudget must be more than 0 and under 3 seconds.");
        Check(failures, options.MaxCommandTextLength is >= 100 and <= 4000, "Slack:MaxCommandTextLength must be between 100 and 4000.");
        Check(failures, options.PostBurst is >= 1 and <= 20, "Slack:PostBurst must be between 1 and 20.");
        Check(failures, options.PostInterval > TimeSpan.Zero && options.PostInterval <= TimeSpan.FromMinutes(1), "Slack:PostInterval must be more than 0 and at most 1 minute.");
        Check(failures, options.ReactionBatchWindow >= TimeSpan.Zero && options.ReactionBatchWindow <= TimeSpan.FromMinutes(1), "Slack:ReactionBatchWindow must be between 0 and 1 minute.");
        Check(failures, options.ClickDebounce >= TimeSpan.Zero && options.ClickDebounce <= TimeSpan.FromMinutes(1), "Slack:ClickDebounce must be between 0 and 1 minute.");
        Check(failures, options.MaxRetries is >= 0 and <= 10, "Slack:MaxRetries must be between 0 and 10.");
        Check(failures, options.MaxRetryAfter > TimeSpan.Zero && options.MaxRetryAfter <= TimeSpan.FromMinutes(15), "Slack:MaxRetryAfter must be more than 0 and at most 15 minutes.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Check(List<string> failures, bool ok, string message)
    {
        if (!ok)
        {
            failures.Add(message);
        }
    }
}
