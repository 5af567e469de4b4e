using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using WatchBot.Engine.Ports;
using WatchBot.Storage;

namespace WatchBot;

/// <summary>
/// Mistakes in configuration, found before anything runs and told in one line that names the key
/// and its value (exit code 2), instead of a host failure and an unhandled exception with two
/// stack traces. Secrets are never echoed.
/// </summary>
public static partial class StartupErrors
{
    /// <summary>The exit code for a configuration the bot cannot run with.</summary>
    public const int ExitCode = 2;

    private const string Prefix = "WatchBot cannot start: ";

    /// <summary>
    /// Checks what the host would only find while starting: every options section binds and passes
    /// its validation, and at least one place to talk (the shell, Discord or Slack) is enabled.
    /// </summary>
    /// <returns>The one line to print, or null when the bot can start.</returns>
    public static string? Check(IHost host)
    {
        var configuration = host.Services.GetRequiredService<IConfiguration>();
        try
        {
            // Runs every ValidateOnStart registration now: binding and validation of each section.
            host.Services.GetService<IStartupValidator>()?.Validate();
        }
        catch (Exception ex) when (Describe(ex, configuration) is { } line)
        {
            return line;
        }

        // Each platform (and the shell) registers exactly one publisher: none means nowhere to listen.
        bool anyPublisher;
        try
        {
            anyPublisher = host.Services.GetServices<IChannelPublisher>().Any();
        }
        catch (StorageUnavailableException ex)
        {
            // A publisher needs a store the chosen provider does not have (PostgresPortGap).
            return Prefix + ex.Message;
        }

        return anyPublisher
            ? null
            : Prefix + "nothing is enabled: the local shell is off (Shell:Enabled=false) and neither Discord nor Slack is configured. "
                + "Remove Shell:Enabled=false (or set it to true) for the local channel, or set Discord__Token or Slack__BotToken (see README.md).";
    }

    /// <summary>
    /// Checks that the configured database can be used (PostgreSQL: it answers, takes the login, is
    /// migrated, and every port has a store); SQLite: no other bot owns the file (its migration runs as the host starts).
    /// </summary>
    /// <returns>The one line to print, or null when the bot can start.</returns>
    public static async Task<string?> CheckStorageAsync(IHost host, CancellationToken cancellationToken = default)
    {
        try
        {
            if (host.Services.GetService<StorageStartupCheck>() is { } check)
            {
                await check.RunAsync(cancellationToken);
            }

            // SQLite: one bot per file, refused here in one line rather than as a failed host start.
            host.Services.GetService<Storage.Sqlite.SqliteFileOwner>()?.Take();

            return null;
        }
        catch (StorageUnavailableException ex)
        {
            return Prefix + ex.Message;
        }
    }

    /// <summary>One line for a configuration exception (binding or validation), or null when it is something else.</summary>
    public static string? Describe(Exception exception, IConfiguration? configuration)
    {
        switch (exception)
        {
            case AggregateException aggregate:
                var lines = aggregate.InnerExceptions.Select(e => Describe(e, configuration)).ToList();
                return lines.All(l => l is not null) ? Prefix + string.Join(" ", lines.Select(l => l![Prefix.Length..])) : null;
            case StorageUnavailableException storage:
                return Prefix + storage.Message;
            case OptionsValidationException validation:
                return Prefix + string.Join(" ", validation.Failures.Select(f => WithValue(f, configuration)));
            case InvalidOperationException when BindingFailure().Match(exception.Message) is { Success: true } match:
                var key = match.Groups["key"].Value;
                var value = IsSecret(key) ? "(hidden)" : $"\"{match.Groups["value"].Value}\"";
                return Prefix + $"{key} is {value}, which is not {Expected(match.Groups["type"].Value)}.";
            default:
                return null;
        }
    }

    /// <summary>A validation message with the value of the first key it names, as configured.</summary>
    private static string WithValue(string failure, IConfiguration? configuration)
    {
        var key = KeyName().Match(failure);
        var value = key.Success ? configuration?[key.Value] : null;
        var sentence = failure.TrimEnd();
        if (!sentence.EndsWith('.'))
        {
            sentence += ".";
        }

        return value is null ? sentence : sentence[..^1] + $" ({key.Value} is {(IsSecret(key.Value) ? "set" : $"\"{value}\"")}).";
    }

    private static bool IsSecret(string key) => SecretName().IsMatch(key);

    private static string Expected(string type) => type switch
    {
        "System.TimeSpan" => "a duration: hh:mm:ss, for example 00:00:05",
        "System.Boolean" => "true or false",
        "System.Int32" or "System.Int64" => "a whole number",
        "System.Double" => "a number",
        "System.Uri" => "an absolute URL",
        _ => "a valid " + type[(type.LastIndexOf('.') + 1)..],
    };

    [GeneratedRegex(@"Failed to convert configuration value '(?<value>.*)' at '(?<key>[^']+)' to type '(?<type>[^']+)'", RegexOptions.Singleline)]
    private static partial Regex BindingFailure();

    [GeneratedRegex(@"\b[A-Z][A-Za-z]+(?::[A-Za-z0-9]+)+\b")]
    private static partial Regex KeyName();

    [GeneratedRegex("token|secret|password|connectionstring", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();
}
