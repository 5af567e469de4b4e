namespace WatchBot.Contract.Tests.Privacy;

/// <summary>The outbound recorder listens to the whole process: its test runs alone, after the parallel ones.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunsAlone
{
    public const string Name = "runs alone";
}
