using System.Reflection;
using System.Text.RegularExpressions;

namespace WatchBot.Host.Tests.Conventions;

/// <summary>
/// docker-compose.yml cannot run here (no Docker engine), so it is checked by reading it: PostgreSQL from
/// the official image with a volume and a pg_isready healthcheck, three WatchBot instances from this
/// repository's Dockerfile on PostgreSQL, every setting a real option, no secret in the file.
/// </summary>
public sealed partial class ComposeFileTests
{
    /// <summary>The readiness path agreed with the health endpoints (served by WatchBot.Http).</summary>
    private const string ReadyPath = "/healthz/ready";

    private static readonly Dictionary<string, object> Compose = ComposeYaml.Parse(Repository.Read("docker-compose.yml"));

    private static Dictionary<string, object> Services => Map(Compose["services"]);

    private static List<Dictionary<string, object>> Bots =>
        [.. Services.Where(s => s.Key != "postgres").Select(s => Map(s.Value))];

    [Fact]
    public void Postgres_IsTheOfficialImage_WithAVolume_AndAHealthcheckByPgIsReady()
    {
        var postgres = Map(Services["postgres"]);

        Assert.Matches(@"^postgres:\d+", (string)postgres["image"]);
        var volume = Assert.Single(List(postgres["volumes"]));
        Assert.EndsWith(":/var/lib/postgresql/data", volume, StringComparison.Ordinal);
        Assert.Contains(volume.Split(':')[0], Map(Compose["volumes"]).Keys);
        Assert.Contains(List(Map(postgres["healthcheck"])["test"]), part => part.StartsWith("pg_isready", StringComparison.Ordinal));
    }

    [Fact]
    public void ThreeInstances_BuiltFromTheRepositorysDockerfile_OnPostgres_AfterItIsHealthy()
    {
        Assert.Equal(3, Bots.Count);
        Assert.All(Bots, bot =>
        {
            Assert.Equal(".", bot["build"]);
            Assert.True(File.Exists(Repository.PathOf("Dockerfile")));
            Assert.Equal(Map(Services["watchbot-1"])["image"], bot["image"]);
            var environment = Map(bot["environment"]);
            Assert.Equal("postgres", environment["Storage__Provider"]);
            Assert.StartsWith("Host=postgres;", (string)environment["Storage__ConnectionString"], StringComparison.Ordinal);
            Assert.Equal("service_healthy", Map(Map(bot["depends_on"])["postgres"])["condition"]);
        });
    }

    [Fact]
    public void TheInstancesPools_FitUnderPostgresDefaultConnectionLimit()
    {
        // Two pools per instance (the stores and Quartz); the official image allows 100 connections.
        const int PostgresDefaultMaxConnections = 100;
        var sizes = Bots.Select(bot => new Npgsql.NpgsqlConnectionStringBuilder((string)Map(bot["environment"])["Storage__ConnectionString"]).MaxPoolSize).ToList();

        Assert.True(sizes.Sum(size => 2 * size) <= PostgresDefaultMaxConnections, $"pools of {string.Join(", ", sizes)} per instance, two each, exceed {PostgresDefaultMaxConnections} connections");
    }

    [Fact]
    public void EveryInstance_IsCheckedOnTheReadinessEndpoint_AndPublishedOnAPortOfItsOwn()
    {
        var exposed = Repository.Read("Dockerfile").Split('\n').Single(l => l.StartsWith("EXPOSE ", StringComparison.Ordinal))["EXPOSE ".Length..].Trim();
        var ports = Bots.Select(bot => Assert.Single(List(bot["ports"]))).ToList();

        Assert.All(Bots, bot => Assert.Contains(ReadyPath, List(Map(bot["healthcheck"])["test"])));
        Assert.All(ports, port => Assert.EndsWith(":" + exposed, port, StringComparison.Ordinal));
        Assert.Equal(ports.Count, ports.Select(p => p.Split(':')[0]).Distinct().Count());
    }

    [Fact]
    public void EverySetting_NamesAPropertyOfAnOptionsClass()
    {
        var sections = OptionsTypes();
        var keys = Bots.SelectMany(bot => Map(bot["environment"]).Keys).Distinct().ToList();

        Assert.All(keys, key =>
        {
            // Section__Sub__Property, list indices (__0) left out: the longest section that is a prefix owns it.
            var path = key.Split("__").Where(part => !part.All(char.IsAsciiDigit)).ToArray();
            var owner = Enumerable.Range(1, path.Length - 1)
                .Select(n => string.Join(':', path[..n]))
                .Where(sections.ContainsKey)
                .MaxBy(section => section.Length);
            Assert.True(owner is not null, $"{key}: no options class has the section {string.Join(':', path[..^1])}");
            var property = path[owner.Split(':').Length];
            Assert.True(sections[owner].GetProperty(property, BindingFlags.Public | BindingFlags.Instance)?.CanWrite == true, $"{key}: {sections[owner].Name} has no settable {property}");
        });
    }

    [Fact]
    public void Shards_AreSplitAmongTheInstances_EachOnce()
    {
        var environments = Bots.Select(bot => Map(bot["environment"])).ToList();
        var count = int.Parse((string)environments[0]["Discord__Gateway__ShardCount"], System.Globalization.CultureInfo.InvariantCulture);

        Assert.All(environments, e => Assert.Equal(count.ToString(System.Globalization.CultureInfo.InvariantCulture), e["Discord__Gateway__ShardCount"]));
        Assert.Equal(
            Enumerable.Range(0, count).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            environments.SelectMany(e => e.Where(kv => kv.Key.StartsWith("Discord__Gateway__ShardIds__", StringComparison.Ordinal)).Select(kv => (string)kv.Value)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void NoSecret_IsWrittenInTheFile_TheyComeFromEnvFilesGitAndTheImageIgnore()
    {
        var values = Services.Values.Select(Map)
            .Where(s => s.ContainsKey("environment"))
            .SelectMany(s => Map(s["environment"]));

        Assert.All(values, kv =>
        {
            var value = (string)kv.Value;
            if (SecretName().IsMatch(kv.Key))
            {
                Assert.Matches(@"^\$\{[A-Z_]+(:\?[^}]*)?\}$", value);
            }

            var password = Regex.Match(value, "Password=([^;]*)", RegexOptions.IgnoreCase);
            Assert.True(!password.Success || password.Groups[1].Value.StartsWith("${", StringComparison.Ordinal), $"{kv.Key} carries a password");
        });
        Assert.All(Bots, bot => Assert.Equal("watchbot.env", bot["env_file"]));
        foreach (var ignore in new[] { ".gitignore", ".dockerignore" })
        {
            var lines = Repository.Read(ignore).Split('\n').Select(l => l.Trim()).ToList();
            Assert.Contains(".env", lines);
            Assert.Contains("watchbot.env", lines);
        }
    }

    [GeneratedRegex("(TOKEN|SECRET|PASSWORD|KEY)", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();

    private static Dictionary<string, object> Map(object node) => Assert.IsType<Dictionary<string, object>>(node);

    private static List<string> List(object node) => Assert.IsType<List<string>>(node);

    /// <summary>Every options class of the bot by its section: the types with a <c>SectionName</c> constant.</summary>
    private static Dictionary<string, Type> OptionsTypes()
    {
        var assemblies = Directory.EnumerateFiles(AppContext.BaseDirectory, "WatchBot*.dll")
            .Where(f => !Path.GetFileName(f).Contains(".Tests", StringComparison.Ordinal))
            .Select(f => Assembly.Load(AssemblyName.GetAssemblyName(f)));
        return assemblies
            .SelectMany(a => a.GetTypes())
            .Select(t => (Type: t, Field: t.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)))
            .Where(x => x.Field is { IsLiteral: true } && x.Field.FieldType == typeof(string))
            .GroupBy(x => (string)x.Field!.GetRawConstantValue()!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Type, StringComparer.Ordinal);
    }
}
