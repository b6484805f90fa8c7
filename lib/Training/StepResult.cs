namespace CourseLib.Training;

/// <summary>What a train or test step measured: the loss and the accuracy in percent.</summary>
public readonly record struct StepResult(double Loss, double Accuracy);
