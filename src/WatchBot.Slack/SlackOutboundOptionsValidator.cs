using Microsoft.Extensions.Options;
using WatchBot.Platform.Outbound;

namespace WatchBot.Slack;

/// <summary>Checks <c>Slack:Outbound</c> at start with the kit's one validator for its shared keys.</summary>
internal sealed class SlackOutboundOptionsValidator : IValidateOptions<SlackOptions>
{
    public ValidateOptionsResult Validate(string? name, SlackOptions options)
    {
        var problems = KitOptionsValidator.Problems(options.Outbound, SlackOptions.SectionName + ":Outbound").ToList();

        // One key per setting: Slack's batch window has always been Slack:ReactionBatchWindow.
        if (options.Outbound.BatchWindow != new KitOptions().BatchWindow)
        {
            problems.Add("Slack:Outbound:BatchWindow is not used on Slack; set Slack:ReactionBatchWindow instead.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
