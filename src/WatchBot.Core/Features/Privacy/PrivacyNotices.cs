using WatchBot.Core.Features.Privacy.Views;
using WatchBot.Core.Kernel;
using WatchBot.Core.Views;

namespace WatchBot.Core.Features.Privacy;

// The privacy feature's notices, together: each is a private answer to the sender.

/// <summary>
/// <c>/watch my-data</c>: what is stored about the sender here, whether a ban on them is in force,
/// and how many audit entries name them (entries are moderators' records: kept until retention).
/// </summary>
public sealed record MyDataShown(PersonalData Data, bool Banned, int AuditEntries) : Notice
{
    public override Reply ToReply() => PrivacyReplies.Shown(this);
}

/// <summary><c>/watch forget-me</c> without <c>confirm:yes</c>: what would be deleted, and how to confirm.</summary>
public sealed record ForgetMeAsked(PersonalData Data) : Notice
{
    public override Reply ToReply() => PrivacyReplies.Asked(this);
}

/// <summary><c>/watch forget-me confirm:yes</c> done: what was deleted (<see cref="PersonalData.None"/> when there was nothing).</summary>
public sealed record ForgetMeDone(PersonalData Forgotten) : Notice
{
    public override Reply ToReply() => PrivacyReplies.Done(this);
}
