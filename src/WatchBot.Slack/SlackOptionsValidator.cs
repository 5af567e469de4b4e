using Microsoft.Extensions.Options;
using WatchBot.Platform.Options;

namespace WatchBot.Slack;

/// <summary>Fails start-up with a message naming the key, so a wrong setting is never only logged.</summary>
internal sealed class SlackOptionsValidator : IValidateOptions<SlackOptions>
{
    public ValidateOptionsResult Validate(string? name, SlackOptions options)
    {
        var check = new OptionsCheck().Secret("Slack:BotToken", options.BotToken, "a bot token", prefix: "xoxb-");
        switch (options.EffectiveTransport)
        {
            case SlackTransports.Socket:
                check.Secret("Slack:AppToken", options.AppToken, "an app-level token for Socket Mode (or set Slack:Transport=http)", prefix: "xapp-");
                break;
            case SlackTransports.Http:
                check.Secret("Slack:SigningSecret", options.SigningSecret, "the signing secret, needed when Slack:Transport is http");
                break;
            default:
                check.That(false, "Slack:Transport must be 'socket' or 'http'.");
                break;
        }

        return check
            .AbsoluteUrl("Slack:ApiBaseUrl", options.ApiBaseUrl, "https", "http")
            .That(options.ApiBaseUrl.EndsWith('/'), "Slack:ApiBaseUrl must end in '/', such as https://slack.com/api/.")
            .That(!options.Moderators.Any(string.IsNullOrWhiteSpace), "Slack:Moderators must list user ids (U…), no empty entries.")
            .That(!string.IsNullOrWhiteSpace(options.CommandName) && options.CommandName.StartsWith('/'), "Slack:CommandName must start with '/', such as /watch.")
            .Positive("Slack:RequestTolerance", options.RequestTolerance, TimeSpan.FromMinutes(15))
            .PositiveBelow("Slack:AckBudget", options.AckBudget, TimeSpan.FromSeconds(3))
            .Between("Slack:MaxCommandTextLength", options.MaxCommandTextLength, 100, 4000)
            .Between("Slack:PostBurst", options.PostBurst, 1, 20)
            .Positive("Slack:PostInterval", options.PostInterval, TimeSpan.FromMinutes(1))
            .Between("Slack:ReactionBatchWindow", options.ReactionBatchWindow, TimeSpan.Zero, TimeSpan.FromMinutes(1))
            .Between("Slack:ClickDebounce", options.ClickDebounce, TimeSpan.Zero, TimeSpan.FromMinutes(1))
            .Between("Slack:UserZoneTimeout", options.UserZoneTimeout, TimeSpan.Zero, TimeSpan.FromSeconds(2))
            .Between("Slack:UserZoneMemory", options.UserZoneMemory, TimeSpan.FromMinutes(1), TimeSpan.FromDays(7))
            .Between("Slack:MaxRetries", options.MaxRetries, 0, 10)
            .Positive("Slack:MaxRetryAfter", options.MaxRetryAfter, TimeSpan.FromMinutes(15))
            .Result;
    }
}
