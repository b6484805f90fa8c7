using CourseLib.Data;
using CourseLib.Exercises;
using TorchSharp;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace CourseLib.Tests.Exercises;

/// <summary>
/// ExerciseCheck.Classifier, the check cell of 09_exercises' moons and spirals: each step checked on what the learner
/// made from the dataset's arrays, with what is missing and where the course taught it.
/// </summary>
public class ClassifierCheckTests
{
    // 50 points whose class is 1 where the first feature is positive: Linear(2, 1) with weight [1, 0] is exactly right.
    private static LabelledData HalfPlanes()
    {
        var random = new Random(3);
        var x = new double[50, 2];
        var y = new long[50];
        for (int i = 0; i < 50; i++)
        {
            x[i, 0] = (i % 2 == 0 ? 1 : -1) * (0.1 + random.NextDouble());
            x[i, 1] = random.NextDouble() * 2 - 1;
            y[i] = x[i, 0] > 0 ? 1 : 0;
        }
        return new LabelledData(x, y, ScalarType.Float32);
    }

    private static TorchSharp.Modules.Linear FirstFeatureModel()
    {
        var model = Linear(2, 1);
        using (no_grad())
        {
            model.weight!.copy_(tensor(new float[] { 1, 0 }, [1, 2]));
            model.bias!.fill_(0);
        }
        return model;
    }

    /// <summary>What a learner who followed 01 makes: tensors from the arrays, then a seeded 80/20 split.</summary>
    private static (Tensor X, Tensor Y, Tensor XTrain, Tensor XTest, Tensor YTrain, Tensor YTest) Made(LabelledData data)
    {
        var x = from_array(data.X).to(float32);
        var y = from_array(data.Y).to(data.LabelType);
        var (xTrain, xTest, yTrain, yTest) = ModelSelection.TrainTestSplit(x, y, testSize: 0.2, randomState: 42);
        return (x, y, xTrain, xTest, yTrain, yTest);
    }

    [Fact]
    public void The_untouched_exercise_is_not_done_and_each_step_says_what_is_missing_and_where_it_was_taught()
    {
        var moons = HalfPlanes();
        Tensor? XMoons = null, yMoons = null, XMoonsTrain = null, XMoonsTest = null, yMoonsTrain = null, yMoonsTest = null;
        Module<Tensor, Tensor>? moonModel = null;

        var report = ExerciseCheck.Classifier("Exercise 1", moons, XMoons, yMoons, XMoonsTrain, XMoonsTest, yMoonsTrain, yMoonsTest,
            moonModel, goalPercent: 96);

        Assert.False(report.Done);
        Assert.Equal(["tensors", "split", "model", "goal"], report.Steps.Select(s => s.Step));
        Assert.All(report.Steps, s => Assert.False(s.Done));
        Assert.Equal("[ ] tensors: XMoons is still null; make it from moons.X with torch.from_array, as float32 " +
            "(notebook 01, section \"Turn the data into tensors\").", report.Steps[0].ToString());
        Assert.Equal("waits for the tensors", report.Steps[1].Message);
        Assert.Equal("moonModel is still null; build it with 2 inputs, 1 output (a logit) and non-linear activations between the layers " +
            "(notebook 02, section \"A model as a class\"; notebook 05, section \"A model with non-linearity\").", report.Steps[2].Message);
        Assert.Equal("test accuracy > 96%: waits for the split and the model", report.Steps[3].Message);
        Assert.Equal($"Exercise 1: not done yet: {report.Steps[0].Message}", report.Summary);
        Assert.Equal(6, report.ToString().Split(Environment.NewLine).Length); // a heading, four steps, the summary
    }

    [Fact]
    public void Tensors_made_from_the_arrays_and_split_with_a_right_model_are_done_with_the_test_accuracy()
    {
        var moons = HalfPlanes();
        var (XMoons, yMoons, XMoonsTrain, XMoonsTest, yMoonsTrain, yMoonsTest) = Made(moons);
        var moonModel = FirstFeatureModel();

        var report = ExerciseCheck.Classifier("Exercise 1", moons, XMoons, yMoons, XMoonsTrain, XMoonsTest, yMoonsTrain, yMoonsTest,
            moonModel, goalPercent: 96);

        Assert.True(report.Done, report.ToString());
        Assert.Equal("XMoons [50, 2] float32 and yMoons [50] float32 hold moons.X and moons.Y", report.Steps[0].Message);
        Assert.Equal("40 samples to train, 10 to test (20%), each with its own label", report.Steps[1].Message);
        Assert.Equal("moonModel takes 2 features and gives 1 output (a logit)", report.Steps[2].Message);
        Assert.Equal("Exercise 1: test accuracy 100.00% > 96%: done", report.Summary);
    }

    [Fact]
    public void A_model_built_but_not_trained_far_enough_leaves_only_the_goal_open()
    {
        var moons = HalfPlanes();
        var (X, y, XTrain, XTest, yTrain, yTest) = Made(moons);
        var wrongWay = FirstFeatureModel();
        using (no_grad()) wrongWay.weight!.neg_(); // predicts every point's opposite class

        var report = ExerciseCheck.Classifier("Exercise 1", moons, X, y, XTrain, XTest, yTrain, yTest, wrongWay, goalPercent: 96);

        Assert.Equal([true, true, true, false], report.Steps.Select(s => s.Done));
        Assert.StartsWith("Exercise 1: not done yet: test accuracy 0.00%, not yet above the goal of 96%: train for more epochs", report.Summary);
    }

    [Fact]
    public void Float64_features_from_from_array_alone_are_told_to_convert_to_float32()
    {
        var moons = HalfPlanes();
        var XMoons = from_array(moons.X); // float64, as from_array gives C# doubles
        var yMoons = from_array(moons.Y).to(float32);

        var step = ExerciseCheck.Classifier("Exercise 1", moons, XMoons, yMoons, null, null, null, null, null, 96).Steps[0];

        Assert.False(step.Done);
        Assert.Equal("XMoons is float64; the model's weights are float32, so convert it with .to(torch.float32) " +
            "(notebook 01, section \"Turn the data into tensors\").", step.Message);
    }

    [Fact]
    public void Integer_labels_for_a_binary_exercise_point_at_the_loss_that_wants_float_labels()
    {
        var moons = HalfPlanes();
        var step = ExerciseCheck.Classifier("Exercise 1", moons, from_array(moons.X).to(float32), from_array(moons.Y),
            null, null, null, null, null, 96, yName: "yMoons").Steps[0];

        Assert.Equal("yMoons is int64, but this exercise's loss wants float32 labels: convert it with .to(torch.float32) " +
            "(notebook 03, section \"Which loss function?\").", step.Message);
    }

    [Fact]
    public void Labels_as_a_column_are_told_they_are_one_number_per_sample()
    {
        var moons = HalfPlanes();
        var step = ExerciseCheck.Classifier("Exercise 1", moons, from_array(moons.X).to(float32), from_array(moons.Y).to(float32).unsqueeze(1),
            null, null, null, null, null, 96, datasetName: "moons", yName: "yMoons").Steps[0];

        Assert.Equal("yMoons has shape [50, 1]; the labels are one number per sample, [50], like moons.Y.", step.Message);
    }

    [Fact]
    public void Tensors_of_other_values_than_the_datasets_are_not_taken_for_it()
    {
        var moons = HalfPlanes();
        var (x, y, _, _, _, _) = Made(moons);

        var shuffled = ExerciseCheck.Classifier("Exercise 1", moons, x.flip(0), y, null, null, null, null, null, 96, xName: "XMoons", datasetName: "moons");
        var otherLabels = ExerciseCheck.Classifier("Exercise 1", moons, x, 1 - y, null, null, null, null, null, 96, yName: "yMoons", datasetName: "moons");

        Assert.Equal("XMoons does not hold the values of moons.X: make it from moons.X itself, in its order.", shuffled.Steps[0].Message);
        Assert.Equal("yMoons does not hold the labels of moons.Y: make it from moons.Y itself, in its order.", otherLabels.Steps[0].Message);
    }

    [Fact]
    public void Features_and_labels_shuffled_apart_are_caught_by_their_labels()
    {
        var moons = HalfPlanes();
        var (X, y, _, _, _, _) = Made(moons);
        // Two separate splits with different seeds: the rows and the labels no longer belong together.
        var (XTrain, XTest) = ModelSelection.TrainTestSplit([X], testSize: 0.2, randomState: 1) switch { var a => (a[0], a[1]) };
        var (yTrain, yTest) = ModelSelection.TrainTestSplit([y], testSize: 0.2, randomState: 2) switch { var a => (a[0], a[1]) };

        var step = ExerciseCheck.Classifier("Exercise 1", moons, X, y, XTrain, XTest, yTrain, yTest, null, 96).Steps[1];

        Assert.False(step.Done);
        Assert.Matches(@"^\d+ label\(s\) of yTrain are not the labels of their rows in XTrain: the features and the labels were split apart; " +
            @"split them together, in one call \(notebook 01, section ""Training, validation and test sets""\)\.$", step.Message);
    }

    [Fact]
    public void A_split_that_is_not_80_20_or_loses_samples_says_so_with_the_counts()
    {
        var moons = HalfPlanes();
        var (X, y, _, _, _, _) = Made(moons);
        var (halfTrain, halfTest, halfYTrain, halfYTest) = ModelSelection.TrainTestSplit(X, y, testSize: 0.5, randomState: 42);

        var half = ExerciseCheck.Classifier("Exercise 1", moons, X, y, halfTrain, halfTest, halfYTrain, halfYTest, null, 96).Steps[1];
        var lost = ExerciseCheck.Classifier("Exercise 1", moons, X, y, X[..30], X[40..], y[..30], y[40..], null, 96).Steps[1];
        var strangers = ExerciseCheck.Classifier("Exercise 1", moons, X, y, X[..40], X[40..] + 5, y[..40], y[40..], null, 96).Steps[1];

        Assert.StartsWith("halfTest holds 25 samples (50%); the exercise keeps 20% for the test set, 10; split X and y 80/20", half.Message);
        Assert.StartsWith("X[..30] and X[40..] hold 30 + 10 samples, the data 50: every sample goes to exactly one of them", lost.Message);
        Assert.StartsWith("X[40..] + 5 holds 10 row(s) that are not rows of X", strangers.Message);
    }

    [Fact]
    public void The_model_must_take_the_datasets_features_and_give_one_logit_for_a_binary_exercise()
    {
        var moons = HalfPlanes();
        var (X, y, XTrain, XTest, yTrain, yTest) = Made(moons);

        var threeInputs = ExerciseCheck.Classifier("Exercise 1", moons, X, y, XTrain, XTest, yTrain, yTest, Linear(3, 1), 96, modelName: "moonModel");
        var twoOutputs = ExerciseCheck.Classifier("Exercise 1", moons, X, y, XTrain, XTest, yTrain, yTest, Linear(2, 2), 96, modelName: "moonModel");

        Assert.StartsWith("moonModel cannot take one sample of 2 features: ", threeInputs.Steps[2].Message);
        Assert.EndsWith("Its first layer must take 2 inputs (notebook 02, section \"A model as a class\"; notebook 05, section \"A model with non-linearity\").",
            threeInputs.Steps[2].Message);
        Assert.StartsWith("moonModel gives [1, 2] for one sample; it needs 1 output (a logit), [1, 1]", twoOutputs.Steps[2].Message);
        Assert.Equal("test accuracy > 96%: waits for the model", twoOutputs.Steps[3].Message);
    }

    [Fact]
    public void A_multi_class_exercise_wants_int64_labels_and_one_output_per_class_and_accepts_the_spirals_shared_origin()
    {
        var spirals = Datasets.MakeSpirals(nPerClass: 20, nClasses: 3, randomState: 42);
        var (XSpirals, ySpirals, XSpiralsTrain, XSpiralsTest, ySpiralsTrain, ySpiralsTest) = Made(spirals);

        var floatLabels = ExerciseCheck.Classifier("Exercise 3", spirals, XSpirals, ySpirals.to(float32), null, null, null, null, null, 95);
        var oneOutput = ExerciseCheck.Classifier("Exercise 3", spirals, XSpirals, ySpirals, XSpiralsTrain, XSpiralsTest, ySpiralsTrain, ySpiralsTest,
            Linear(2, 1), 95, modelName: "spiralModel");

        Assert.Equal("ySpirals.to(float32) is float32, but this exercise's loss wants int64 labels: convert it with .to(torch.int64) " +
            "(notebook 06, section \"Loss, optimizer, accuracy\").", floatLabels.Steps[0].Message);
        // All three arms start at the origin with different labels: the split check must not call those rows mislabelled.
        Assert.True(oneOutput.Steps[1].Done, oneOutput.Steps[1].Message);
        Assert.StartsWith("spiralModel gives [1, 1] for one sample; it needs 3 outputs (one logit per class), [1, 3] (notebook 06, section \"A multi-class model\"",
            oneOutput.Steps[2].Message);
    }

    [Fact]
    public void A_tensor_freed_by_its_dispose_scope_is_refused_naming_the_parameter_and_the_notebooks_variable()
    {
        var moons = HalfPlanes();
        Tensor XMoons;
        using (NewDisposeScope())
            XMoons = from_array(moons.X).to(float32);

        var error = Assert.Throws<ArgumentException>(() =>
            ExerciseCheck.Classifier("Exercise 1", moons, XMoons, from_array(moons.Y).to(float32), null, null, null, null, null, 96));

        Assert.Equal("X", error.ParamName);
        Assert.StartsWith("XMoons is a tensor that has already been disposed", error.Message);
        Assert.Contains("dispose scope", error.Message);
    }

    [Fact]
    public void The_check_leaves_the_models_training_mode_as_it_was()
    {
        var moons = HalfPlanes();
        var (X, y, XTrain, XTest, yTrain, yTest) = Made(moons);
        var model = FirstFeatureModel();
        model.train();

        ExerciseCheck.Classifier("Exercise 1", moons, X, y, XTrain, XTest, yTrain, yTest, model, 96);

        Assert.True(model.training);
    }

    [Fact]
    public void A_checklist_step_needs_a_name_and_a_message_and_shows_whether_it_is_done()
    {
        Assert.Equal("[x] split: 800 samples to train", new ExerciseStep("split", true, "800 samples to train").ToString());
        Assert.Equal("[ ] model: moonModel is still null", new ExerciseStep("model", false, "moonModel is still null").ToString());
        Assert.Equal("step", Assert.Throws<ArgumentException>(() => new ExerciseStep(" ", true, "found")).ParamName);
        Assert.Equal("message", Assert.Throws<ArgumentException>(() => new ExerciseStep("split", true, "")).ParamName);
    }
}
