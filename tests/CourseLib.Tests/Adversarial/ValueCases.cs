using CourseLib.Data;
using CourseLib.Plots;
using CourseLib.Training;
using TorchSharp;

namespace CourseLib.Tests.Adversarial;

/// <summary>
/// Bad numbers for the entries that take only numbers (no null or disposed object can reach them): small value
/// types and conversions, which either refuse or carry the value faithfully to where it is checked.
/// </summary>
internal static class ValueCases
{
    public static IEnumerable<BadInputCase> All()
    {
        var range = new CaseBuilder("size out of range or overflowing");
        range.Refuses("Palette.ColorOf", "index = -1", () => Palette.ColorOf(-1), "index");
        range.Refuses("RandomState.StandardNormal", "size = -1", () => new RandomState(1).StandardNormal(-1), "size");
        range.Refuses("RandomState.op_Implicit", "seed = -1 as an int", () => { RandomState state = -1; return state; }, "seed");
        range.Refuses("ModelSelection.SplitCounts", "nSamples = -1", () => ModelSelection.SplitCounts(-1, null, null), "nSamples");
        range.Answers("ModelSelection.SplitCounts", "testSize 0.28 of 25 (rounds up as scikit-learn: 8)", () => ModelSelection.SplitCounts(25, 0.28, null),
            r => r is (17, 8));
        range.Answers("Seeds.SetSeeds", "seed = -1 (PyTorch accepts any 64-bit seed)", () =>
        {
            Seeds.SetSeeds(-1);
            var a = torch.rand(3).data<float>().ToArray();
            Seeds.SetSeeds(-1);
            return a.SequenceEqual(torch.rand(3).data<float>().ToArray());
        }, r => r is true);
        range.Answers("Seeds.SetSeeds", "seed = long.MaxValue", () => { Seeds.SetSeeds(long.MaxValue); return torch.rand(1).ToSingle(); },
            r => r is float v && v >= 0 && v < 1);

        var carried = new CaseBuilder("non-finite value");
        carried.Answers("SplitSize.op_Implicit", "a NaN fraction is carried to the split, which refuses it", () =>
        {
            SplitSize size = double.NaN;
            return (size.IsFraction, double.IsNaN(size.Value));
        }, r => r is (true, true));
        carried.Answers("SplitSize.op_Implicit", "a negative count is carried to the split, which refuses it", () =>
        {
            SplitSize size = -5;
            return (size.IsFraction, size.Value);
        }, r => r is (false, -5.0));
        carried.Answers("EpochRecord", "a NaN loss is printed as NaN, not hidden", () => new EpochRecord(3, double.NaN, 50, 0.5, 50).ToString(),
            r => r is string s && s.Contains("Loss: NaN"));
        carried.Answers("StepResult", "an infinite loss is kept as it is", () => new StepResult(double.PositiveInfinity, 0).Loss,
            r => r is double.PositiveInfinity);
        return range.Cases.Concat(carried.Cases);
    }
}
