namespace CourseLib.Exercises;

/// <summary>
/// Where the course teaches each step of an exercise, written the way the check cells and the hints of 09_exercises
/// cite them (notebook NN, section "heading"), so a learner who is stuck knows where to read again. The notebook
/// tests check that every section cited still exists under that heading.
/// </summary>
internal static class TaughtIn
{
    public const string TensorsFromArrays = "notebook 01, section \"Turn the data into tensors\"";
    public const string TrainTestSplit = "notebook 01, section \"Training, validation and test sets\"";
    public const string ModelAsClass = "notebook 02, section \"A model as a class\"";
    public const string NonLinearity = "notebook 05, section \"A model with non-linearity\"";
    public const string MultiClassModel = "notebook 06, section \"A multi-class model\"";
    public const string WhichLoss = "notebook 03, section \"Which loss function?\"";
    public const string MultiClassLoss = "notebook 06, section \"Loss, optimizer, accuracy\"";
    public const string FiveSteps = "notebook 04, section \"The five steps\"";
}
