using CourseLib.Training;
using TorchSharp;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace CourseLib.Tests.Adversarial;

/// <summary>Bad inputs to the training engine: each would fail inside libtorch, or train silently wrong, without its check.</summary>
internal static class TrainingCases
{
    private sealed record Setup(Module<Tensor, Tensor> Model, optim.Optimizer Optimizer, Tensor X, Tensor Y)
    {
        /// <summary>A 2 → 4 → 1 binary model on 20 points with float labels 0/1, SGD at <paramref name="lr"/>.</summary>
        public static Setup Binary(double lr = 0.1, int outputs = 1, bool sigmoid = false)
        {
            torch.manual_seed(3);
            Module<Tensor, Tensor> model = sigmoid
                ? Sequential(Linear(2, 4), ReLU(), Linear(4, outputs), Sigmoid())
                : Sequential(Linear(2, 4), ReLU(), Linear(4, outputs));
            var y = tensor(Enumerable.Range(0, 20).Select(i => (float)(i % 2)).ToArray());
            return new(model, optim.SGD(model.parameters(), lr), randn(20, 2), y);
        }

        public StepResult Step(Tensor? x = null, Tensor? y = null, Loss<Tensor, Tensor, Tensor>? loss = null, optim.Optimizer? optimizer = null) =>
            Engine.TrainStep(Model, x ?? X, y ?? Y, loss ?? BCEWithLogitsLoss(), optimizer ?? Optimizer);

        public TrainingHistory Fit(Tensor? xTrain = null, Tensor? yTrain = null, Tensor? xTest = null, Tensor? yTest = null,
            int epochs = 3, Loss<Tensor, Tensor, Tensor>? loss = null) =>
            Engine.Fit(Model, xTrain ?? X, yTrain ?? Y, xTest ?? X, yTest ?? Y, loss ?? BCEWithLogitsLoss(), Optimizer, epochs,
                printEvery: 0, device: CPU, output: TextWriter.Null);
    }

    public static IEnumerable<BadInputCase> All()
    {
        var inputs = new CaseBuilder("input the model cannot take");
        inputs.Refuses("Engine.TrainStep", "x of dtype int64", () => { var s = Setup.Binary(); return s.Step(x: s.X.to(int64)); }, "x", "x.to(torch.float32)");
        inputs.Refuses("Engine.TrainStep", "x of dtype float64", () => { var s = Setup.Binary(); return s.Step(x: s.X.to(float64)); }, "x", "Float32");
        inputs.Refuses("Engine.TrainStep", "x with 3 features for a 2-input model", () => Setup.Binary().Step(x: randn(20, 3)), "x", "first layer takes 2");
        inputs.Refuses("Engine.TrainStep", "1-D x", () => Setup.Binary().Step(x: randn(20)), "x", "unsqueeze(1)");
        inputs.Refuses("Engine.TrainStep", "3-D x", () => Setup.Binary().Step(x: randn(20, 1, 2)), "x", "flatten(1)");
        inputs.Refuses("Engine.TestStep", "x with 3 features", () => { var s = Setup.Binary(); return Engine.TestStep(s.Model, randn(20, 3), s.Y, BCEWithLogitsLoss()); }, "x", "first layer takes 2");
        inputs.Refuses("Engine.TestStep", "x of dtype int64", () => { var s = Setup.Binary(); return Engine.TestStep(s.Model, s.X.to(int64), s.Y, BCEWithLogitsLoss()); }, "x");
        inputs.Refuses("Engine.Fit", "xTest with 3 features", () => Setup.Binary().Fit(xTest: randn(20, 3)), "xTest", "first layer takes 2");
        inputs.Refuses("Engine.Fit", "xTrain of dtype float64", () => { var s = Setup.Binary(); return s.Fit(xTrain: s.X.to(float64)); }, "xTrain");
        inputs.Refuses("Engine.Fit", "xTrain holding a NaN", () => { var s = Setup.Binary(); var x = s.X.clone(); x[3, 1] = tensor(float.NaN); return s.Fit(xTrain: x); }, "xTrain", "NaN");
        inputs.Refuses("Engine.Fit", "xTest holding +Inf", () => { var s = Setup.Binary(); var x = s.X.clone(); x[0, 0] = tensor(float.PositiveInfinity); return s.Fit(xTest: x); }, "xTest");

        var labels = new CaseBuilder("labels that do not fit the model");
        labels.Refuses("Engine.Fit", "yTrain int64 for a binary model", () => { var s = Setup.Binary(); return s.Fit(yTrain: s.Y.to(int64)); }, "yTrain", "float labels");
        labels.Refuses("Engine.Fit", "yTest with a label 2 for a binary model", () => { var s = Setup.Binary(); var y = s.Y.clone(); y[0] = tensor(2f); return s.Fit(yTest: y); }, "yTest", "label 2");
        labels.Refuses("Engine.Fit", "yTrain of 19 labels for 20 samples", () => { var s = Setup.Binary(); return s.Fit(yTrain: s.Y[..19]); }, "yTrain");
        labels.Refuses("Engine.TrainStep", "y holding probabilities", () => Setup.Binary().Step(y: rand(20)), "y", "not a class label");

        var loss = new CaseBuilder("loss function that does not fit the model");
        loss.Refuses("Engine.TrainStep", "one output with CrossEntropyLoss (loss exactly 0, never learns)", () => Setup.Binary().Step(loss: CrossEntropyLoss()), "lossFn", "exactly 0");
        loss.Refuses("Engine.Fit", "one output with CrossEntropyLoss", () => Setup.Binary().Fit(loss: CrossEntropyLoss()), "lossFn", "exactly 0");
        loss.Refuses("Engine.TrainStep", "4 outputs with BCEWithLogitsLoss", () =>
        {
            var s = Setup.Binary(outputs: 4);
            return s.Step(y: s.Y.to(int64));
        }, "lossFn", "CrossEntropyLoss");
        loss.Refuses("Engine.TrainStep", "BCELoss fed logits", () => Setup.Binary().Step(loss: BCELoss()), "lossFn", "BCEWithLogitsLoss");
        loss.Answers("Engine.TrainStep", "BCELoss fed a sigmoid model's probabilities (accuracy from rounded probabilities)", () =>
        {
            var s = Setup.Binary(sigmoid: true);
            double expected;
            using (no_grad())
                expected = s.Model.call(s.X).squeeze(1).round().eq(s.Y).sum().ToInt64() / 20.0 * 100;
            return (s.Step(loss: BCELoss()), expected);
        }, r => r is (StepResult step, double expected) && step.Accuracy == expected && double.IsFinite(step.Loss));

        var optimizer = new CaseBuilder("optimizer that does not train the model");
        optimizer.Refuses("Engine.TrainStep", "an optimizer over another model's parameters (trained nothing, silently)", () =>
        {
            var s = Setup.Binary();
            var other = Sequential(Linear(2, 4), ReLU(), Linear(4, 1));
            return s.Step(optimizer: optim.SGD(other.parameters(), 0.1));
        }, "optimizer", "none of them the model's");
        optimizer.Refuses("Engine.Fit", "an optimizer over another model's parameters", () =>
        {
            var s = Setup.Binary();
            var other = Setup.Binary();
            return Engine.Fit(s.Model, s.X, s.Y, s.X, s.Y, BCEWithLogitsLoss(), other.Optimizer, 2, printEvery: 0, device: CPU, output: TextWriter.Null);
        }, "optimizer");
        optimizer.Refuses("Engine.TrainStep", "every parameter frozen", () =>
        {
            var s = Setup.Binary();
            foreach (var parameter in s.Model.parameters()) parameter.requires_grad = false;
            return s.Step();
        }, "optimizer", "frozen");

        var diverging = new CaseBuilder("non-finite loss");
        diverging.Refuses<TrainingDivergedException>("Engine.Fit", "learning rate 1e30 (NaN every epoch, silently)", () =>
        {
            var s = Setup.Binary(lr: 1e30);
            return s.Fit(epochs: 50);
        }, "optimizer", "learning rate");
        diverging.Refuses<TrainingDivergedException>("Engine.Fit", "inputs on a huge scale (1e35) with learning rate 10", () =>
        {
            var s = Setup.Binary(lr: 10);
            return s.Fit(xTrain: s.X * 1e35f, epochs: 50);
        }, "optimizer", "standardise");
        diverging.Refuses<TrainingDivergedException>("Engine.TrainStep", "x holding a NaN", () =>
        {
            var s = Setup.Binary();
            var x = s.X.clone();
            x[0, 0] = tensor(float.NaN);
            return s.Step(x: x);
        }, "x", "NaN");

        var mode = new CaseBuilder("called in the wrong mode");
        mode.Refuses<InvalidOperationException>("Engine.TrainStep", "inside torch.no_grad()", () =>
        {
            var s = Setup.Binary();
            using (no_grad()) return s.Step();
        }, null, "no_grad");
        mode.Refuses<InvalidOperationException>("Engine.Fit", "inside torch.inference_mode()", () =>
        {
            var s = Setup.Binary();
            using (inference_mode()) return s.Fit();
        }, null, "inference_mode");
        mode.Answers("Engine.TestStep", "inside torch.no_grad() (evaluation needs no gradients)", () =>
        {
            var s = Setup.Binary();
            using (no_grad()) return Engine.TestStep(s.Model, s.X, s.Y, BCEWithLogitsLoss());
        }, r => r is StepResult { Loss: > 0 } step && double.IsFinite(step.Loss));

        var counts = new CaseBuilder("size out of range or overflowing");
        counts.Refuses("Engine.Fit", "epochs = -1", () => Setup.Binary().Fit(epochs: -1), "epochs");
        counts.Answers("Engine.Fit", "epochs = 0", () => Setup.Binary().Fit(epochs: 0), r => r is TrainingHistory { Count: 0 });

        var logits = new CaseBuilder("logits of the wrong shape or type");
        logits.Refuses("Predictions.LogitsToLabels", "3-D logits", () => Predictions.LogitsToLabels(randn(4, 3, 2)), "logits", "[N, classes]");
        logits.Refuses("Predictions.LogitsToLabels", "a scalar", () => Predictions.LogitsToLabels(tensor(0.5f)), "logits");
        logits.Refuses("Predictions.LogitsToLabels", "int64 'logits' (labels already)", () => Predictions.LogitsToLabels(tensor(new long[] { 0, 1 })), "logits", "labels already");
        logits.Answers("Predictions.LogitsToLabels", "one sample [1, 1]", () => Predictions.LogitsToLabels(tensor(new[] { 2f }, [1, 1])).data<float>().ToArray(),
            r => r is float[] { Length: 1 } v && v[0] == 1f);
        logits.Answers("Predictions.LogitsToLabels", "[N, C] with ties", () => Predictions.LogitsToLabels(zeros(2, 3)).data<long>().ToArray(),
            r => r is long[] v && v.SequenceEqual(new long[] { 0, 0 }));

        return inputs.Cases.Concat(labels.Cases).Concat(loss.Cases).Concat(optimizer.Cases).Concat(diverging.Cases)
            .Concat(mode.Cases).Concat(counts.Cases).Concat(logits.Cases);
    }
}
