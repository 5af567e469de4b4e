namespace WatchBot.Core.Views;

/// <summary>How an action button looks; a platform without a style shows it plainly.</summary>
public enum ActionStyle
{
    Primary,
    Secondary,
    Success,
    Danger,
}
