namespace WatchBot.Slack.Api;

/// <summary>Where a file's bytes may be sent: Slack's upload host over https, or the configured API's own host (a test emulator).</summary>
internal static class SlackUploadHost
{
    public static bool IsAllowed(Uri uploadUrl, Uri? apiBase) =>
        uploadUrl.IsAbsoluteUri
        && ((uploadUrl.Scheme == Uri.UriSchemeHttps && (uploadUrl.Host == "files.slack.com" || uploadUrl.Host.EndsWith(".slack.com", StringComparison.OrdinalIgnoreCase)))
            || (apiBase is not null && uploadUrl.Scheme == apiBase.Scheme && uploadUrl.Authority == apiBase.Authority));
}
