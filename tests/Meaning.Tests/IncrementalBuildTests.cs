namespace LearningSearch.Meaning.Tests;

[Collection(MiniLmCollection.Name)]
public sealed class IncrementalBuildTests(MiniLmFixture miniLm)
{
    [Fact]
    public void ANewGeneration_ShouldReEmbedOnlyTheUnitsWhoseTextIsNewOrChanged()
    {
        var first = UnitVectorsBuild.Build(Recommendations.All, miniLm.Encoder);
        var reworded = Recommendations.SchoolAttendance with { Text = Recommendations.SchoolAttendance.Text + " Heads should report it termly." };
        var added = new UnitText("new-review/rec-1", "Health visitors should ask every family where the baby sleeps at each contact.");
        UnitText[] next = [.. Recommendations.All.Where(u => u != Recommendations.SchoolAttendance), reworded, added];
        var counting = new CountingEncoder(miniLm.Encoder);

        var second = UnitVectorsBuild.Build(next, counting, previous: first.Vectors);

        Assert.Equal([reworded.Text, added.Text], counting.Embedded);
        Assert.Equal(4, second.Reused);
        Assert.Equal(2, second.Embedded);
        Assert.Equal(next.Length, second.Vectors.Count);
        Assert.Equal(first.Vectors.VectorOf(Recommendations.SaferSleep.UnitId).ToArray(), second.Vectors.VectorOf(Recommendations.SaferSleep.UnitId).ToArray());
    }

    [Fact]
    public void UnitsRemovedFromTheLibrary_ShouldLeaveTheNewGeneration()
    {
        var first = UnitVectorsBuild.Build(Recommendations.All, miniLm.Encoder);
        var counting = new CountingEncoder(miniLm.Encoder);

        var second = UnitVectorsBuild.Build([Recommendations.SaferSleep], counting, previous: first.Vectors);

        Assert.Empty(counting.Embedded);
        Assert.Equal([Recommendations.SaferSleep.UnitId], second.Vectors.UnitIds);
    }

    [Fact]
    public void VectorsOfAnotherModelOrWindow_ShouldNotBeReused()
    {
        var first = UnitVectorsBuild.Build(Recommendations.All, miniLm.Encoder);
        var otherWindow = new CountingEncoder(miniLm.Encoder, modelName: "all-MiniLM-L6-v2/int8/window-128");

        var second = UnitVectorsBuild.Build(Recommendations.All, otherWindow, previous: first.Vectors);

        Assert.Equal(Recommendations.All.Count, otherWindow.Embedded.Count);
        Assert.Equal(0, second.Reused);
        Assert.Equal("all-MiniLM-L6-v2/int8/window-128", second.Vectors.ModelName);
    }

    [Fact]
    public void AFillInTheBackground_ShouldReportItsProgress_UpToEveryUnit()
    {
        var reported = new List<int>();

        UnitVectorsBuild.Build(Recommendations.All, miniLm.Encoder, slice: 2, progress: new Progress(reported));

        Assert.Equal([2, 4, 5], reported);
    }

    /// <summary>Records reports as they are made; <see cref="Progress{T}"/> would post them to the thread pool.</summary>
    private sealed class Progress(List<int> reported) : IProgress<int>
    {
        public void Report(int value) => reported.Add(value);
    }
}
