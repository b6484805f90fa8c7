namespace CourseLib.Tests.Adversarial;

/// <summary>Every case of the suite: the mechanical ones over every public entry, then the hand-written ones.</summary>
internal static class AllCases
{
    private static readonly Lazy<IReadOnlyDictionary<string, BadInputCase>> ById = new(() =>
    {
        var cases = PublicEntries.All.SelectMany(ReflectedCases.For)
            .Concat(DataCases.All()).Concat(MetricsCases.All()).Concat(TrainingCases.All())
            .Concat(PlotCases.All()).Concat(ModelFileCases.All()).Concat(ValueCases.All())
            .Concat(RankingCases.All()).Concat(PreparedDataCases.All()).Concat(AppCases.All())
            .Concat(ExerciseCases.All()).Concat(ConcurrencyCases.All()).Concat(OverflowAndRecordCases.All())
            .Concat(MultilabelCases.All());
        var byId = new Dictionary<string, BadInputCase>();
        foreach (var c in cases)
        {
            string id = c.Id;
            for (int n = 2; byId.ContainsKey(id); n++) id = $"{c.Id} #{n}"; // overloads share a readable name
            byId[id] = c;
        }
        return byId;
    });

    public static IReadOnlyDictionary<string, BadInputCase> Cases => ById.Value;

    public static IReadOnlyDictionary<string, BadInputCase> Baselines { get; } =
        PublicEntries.All.Select(ReflectedCases.Baseline).ToDictionary(c => c.Entry);
}
