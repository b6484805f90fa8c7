using CourseLib.Exercises;
using TorchSharp;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace CourseLib.Tests.Exercises;

public class ExerciseCheckTests
{
    // One feature; the class is 1 where it is positive. A Linear(1, 1) with weight 1 and bias 0 is exactly right.
    private static readonly Tensor X = tensor(new float[] { -2, -1, -0.5f, 0.5f, 1, 2, 3, -3 }, [8, 1]);
    private static readonly Tensor Y = tensor(new float[] { 0, 0, 0, 1, 1, 1, 1, 0 });

    private static Module<Tensor, Tensor> LineModel(float weight, float bias)
    {
        var model = Linear(1, 1);
        using (no_grad())
        {
            model.weight!.fill_(weight);
            model.bias!.fill_(bias);
        }
        return model;
    }

    [Fact]
    public void A_model_not_built_yet_is_reported_by_name_not_thrown()
    {
        Module<Tensor, Tensor>? moonModel = null;

        var verdict = ExerciseCheck.TestAccuracy("Exercise 1", moonModel, X, Y, goalPercent: 96);

        Assert.False(verdict.Done);
        Assert.Equal("Exercise 1: not done yet: moonModel is still null; build and train it in the cells above, then run this check again.", verdict.ToString());
    }

    [Fact]
    public void A_model_above_the_goal_is_done_with_its_accuracy_and_keeps_its_training_mode()
    {
        var model = LineModel(1, 0);
        model.train();

        var verdict = ExerciseCheck.TestAccuracy("Exercise 1", model, X, Y, goalPercent: 96);

        Assert.True(verdict.Done);
        Assert.Equal("Exercise 1: test accuracy 100.00% > 96%: done", verdict.ToString());
        Assert.True(model.training);
    }

    [Fact]
    public void A_model_below_the_goal_is_not_yet_done_and_gets_hints()
    {
        // Bias 1.25: the samples at -1 and -0.5 get positive logits, so 6 of 8 are right.
        var verdict = ExerciseCheck.TestAccuracy("Exercise 1", LineModel(1, 1.25f), X, Y, goalPercent: 96);

        Assert.False(verdict.Done);
        Assert.StartsWith("test accuracy 75.00%, not yet above the goal of 96%: train for more epochs", verdict.Message);
    }

    [Fact]
    public void Exactly_the_goal_is_not_more_than_the_goal()
    {
        var verdict = ExerciseCheck.TestAccuracy("Exercise 1", LineModel(1, 1.25f), X, Y, goalPercent: 75);
        Assert.False(verdict.Done);
    }

    [Fact]
    public void Multi_class_models_are_scored_by_their_largest_logit_and_need_one_output_per_class()
    {
        var x = tensor(new float[] { 1, 0, 0, 0, 1, 0, 0, 0, 1 }, [3, 3]);
        var y = tensor(new long[] { 0, 1, 2 });
        var identity = Linear(3, 3, hasBias: false);
        using (no_grad()) identity.weight!.copy_(eye(3));

        Assert.Equal("test accuracy 100.00% > 95%: done", ExerciseCheck.TestAccuracy("Exercise 3", identity, x, y, 95).Message);

        var tooFew = Linear(3, 2);
        Assert.Equal("not yet: tooFew has 2 outputs, but the labels hold 3 classes: give it one output per class (notebook 06).",
            ExerciseCheck.TestAccuracy("Exercise 3", tooFew, x, y, 95).Message);
        var binary = Linear(3, 1);
        Assert.StartsWith("not yet: binary has one output (a binary classifier), but the labels hold 3 classes",
            ExerciseCheck.TestAccuracy("Exercise 3", binary, x, y, 95).Message);
    }

    [Fact]
    public void A_model_that_cannot_take_the_test_data_is_reported_with_the_feature_count()
    {
        var wrongWidth = Linear(3, 1);

        var verdict = ExerciseCheck.TestAccuracy("Exercise 1", wrongWidth, X, Y, 96);

        Assert.False(verdict.Done);
        Assert.StartsWith("not yet: wrongWidth could not run on the test data (shape [8, 1], Float32): ", verdict.Message);
        Assert.EndsWith("Its first layer must take 1 features.", verdict.Message);
    }

    [Fact]
    public void Test_data_of_the_wrong_shape_is_the_notebooks_error_and_throws()
    {
        var error = Assert.Throws<ArgumentException>(() => ExerciseCheck.TestAccuracy("Exercise 1", LineModel(1, 0), X, Y[..4], 96));
        Assert.Contains("[8, 1] and [4]", error.Message);
    }

    [Fact]
    public void A_function_not_written_yet_is_reported_by_name()
    {
        Func<Tensor, Tensor>? Tanh = null;

        var verdict = ExerciseCheck.SameValues("Exercise 2", Tanh, torch.tanh, arange(-10, 10, 1, dtype: float32));

        Assert.False(verdict.Done);
        Assert.Equal("not done yet: Tanh is still null; write it in the cell above, then run this check again.", verdict.Message);
    }

    [Fact]
    public void A_function_that_matches_the_reference_is_done()
    {
        static Tensor Tanh(Tensor x) => (exp(x) - exp(-x)) / (exp(x) + exp(-x));

        var verdict = ExerciseCheck.SameValues("Exercise 2", Tanh, torch.tanh, arange(-10, 10, 1, dtype: float32));

        Assert.True(verdict.Done, verdict.Message);
        Assert.StartsWith("Tanh matches torch.tanh on all 20 values (largest difference ", verdict.Message);
        Assert.EndsWith("): done", verdict.Message);
    }

    [Fact]
    public void A_function_that_differs_says_by_how_much_and_where()
    {
        static Tensor Tanh(Tensor x) => torch.sigmoid(x); // a classic slip: the sigmoid's range is (0, 1), not (-1, 1)

        var verdict = ExerciseCheck.SameValues("Exercise 2", Tanh, torch.tanh, arange(-10, 10, 1, dtype: float32));

        Assert.False(verdict.Done);
        Assert.Equal("not yet: Tanh differs from torch.tanh by up to 1.08 (at x = -2).", verdict.Message);
    }

    [Fact]
    public void A_function_of_the_wrong_shape_is_reported()
    {
        static Tensor Tanh(Tensor x) => x.sum();

        var verdict = ExerciseCheck.SameValues("Exercise 2", Tanh, torch.tanh, arange(-10, 10, 1, dtype: float32));

        Assert.Equal("not yet: Tanh returned shape [], torch.tanh [20]: apply it to every element.", verdict.Message);
    }

    [Fact]
    public void The_notebooks_own_mistakes_are_refused_naming_the_parameter()
    {
        Assert.Equal("exercise", Assert.Throws<ArgumentException>(() => ExerciseCheck.TestAccuracy(" ", LineModel(1, 0), X, Y, 96)).ParamName);
        Assert.Equal("goalPercent", Assert.Throws<ArgumentOutOfRangeException>(() => ExerciseCheck.TestAccuracy("Exercise 1", LineModel(1, 0), X, Y, double.NaN)).ParamName);
        var disposed = LineModel(1, 0);
        disposed.Dispose();
        Assert.Contains("disposed", Assert.Throws<ArgumentException>(() => ExerciseCheck.TestAccuracy("Exercise 1", disposed, X, Y, 96)).Message);
        Assert.Equal("message", Assert.Throws<ArgumentException>(() => new ExerciseVerdict("Exercise 1", true, "")).ParamName);
    }
}
