using CourseLib.Data;
using TorchSharp;

namespace CourseLib.Tests.Data;

/// <summary>The LabelledData record's views: tensors typed as the course uses them, and a named DataFrame.</summary>
public class DatasetTests
{
    [Fact]
    public void Binary_datasets_give_float32_features_and_float32_labels()
    {
        var circles = Datasets.MakeCircles(10, noise: 0.1, randomState: 0);
        var (x, y) = circles.ToTensors();

        Assert.Equal(torch.ScalarType.Float32, x.dtype);
        Assert.Equal(torch.ScalarType.Float32, y.dtype);
        Assert.Equal([10L, 2], x.shape);
        Assert.Equal(circles.X.Cast<double>().Select(v => (float)v), x.data<float>().ToArray());
        Assert.Equal(circles.Y.Select(v => (float)v), y.data<float>().ToArray());
        Assert.Equal(torch.ScalarType.Float32, Datasets.MakeMoons(4, randomState: 0).ToTensors().Y.dtype);
    }

    [Fact]
    public void Multi_class_datasets_give_int64_labels_unless_asked_otherwise()
    {
        var blobs = Datasets.MakeBlobs(12, randomState: 0);
        Assert.Equal(torch.ScalarType.Int64, blobs.ToTensors().Y.dtype);
        Assert.Equal(blobs.Y, blobs.ToTensors().Y.data<long>().ToArray());
        Assert.Equal(torch.ScalarType.Int64, Datasets.MakeSpirals(5, 3, randomState: 0).ToTensors().Y.dtype);
        Assert.Equal(torch.ScalarType.Float32, blobs.ToTensors(torch.ScalarType.Float32).Y.dtype);
    }

    [Fact]
    public void The_data_frame_has_one_named_column_per_feature_and_a_label_column()
    {
        var blobs = Datasets.MakeBlobs(6, nFeatures: 3, randomState: 2);
        var frame = blobs.ToDataFrame();

        Assert.Equal(["X1", "X2", "X3", "label"], frame.Columns.Select(c => c.Name));
        Assert.Equal(6, frame.Rows.Count);
        Assert.Equal(blobs.X[4, 2], (double)frame["X3"][4]);
        Assert.Equal(blobs.Y[5], (long)frame["label"][5]);
    }

    [Fact]
    public void Take_keeps_the_rows_in_the_given_order_and_the_label_type()
    {
        var moons = Datasets.MakeMoons(8, randomState: 1);
        var picked = moons.Take([7, 0]);

        Assert.Equal([moons.Y[7], moons.Y[0]], picked.Y);
        Assert.Equal(moons.X[7, 1], picked.X[0, 1]);
        Assert.Equal(moons.LabelType, picked.LabelType);
    }

    [Fact]
    public void Features_and_labels_of_different_lengths_are_rejected()
    {
        var e = Assert.Throws<ArgumentException>(() => new LabelledData(new double[3, 2], new long[2]));
        Assert.Equal("y", e.ParamName);
        Assert.Contains("[3, 2]", e.Message);
    }
}
