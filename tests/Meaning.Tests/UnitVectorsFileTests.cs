namespace LearningSearch.Meaning.Tests;

public sealed class UnitVectorsFileTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("unit-vectors-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static UnitVectors ThreeUnits()
    {
        var vectors = new UnitVectors("all-MiniLM-L6-v2/int8/window-256", 4);
        vectors.Add("an09/rec-38", TextHash.Of("co-sleeping advice"), [0.5f, 0.5f, 0.5f, 0.5f]);
        vectors.Add("family-y/rec-8.1", TextHash.Of("Was Not Brought"), [1f, 0f, 0f, 0f]);
        vectors.Add("ynys-môn/rec-1", TextHash.Of("cyngor cysgu'n ddiogel"), [0f, -0.6f, 0.8f, 0f]);
        return vectors;
    }

    [Fact]
    public void AGenerationsVectors_ShouldComeBackFromTheirFile_ExactlyAsWritten()
    {
        var written = ThreeUnits();
        var path = Path.Combine(folder, "meaning.vectors");

        UnitVectorsFile.Write(written, path);
        var read = UnitVectorsFile.Read(path);

        Assert.Equal("all-MiniLM-L6-v2/int8/window-256", read.ModelName);
        Assert.Equal(4, read.Dimensions);
        Assert.Equal(written.UnitIds, read.UnitIds);
        foreach (var unitId in written.UnitIds)
        {
            Assert.Equal(written.VectorOf(unitId).ToArray(), read.VectorOf(unitId).ToArray());
            Assert.True(written.TryGetTextHash(unitId, out var before));
            Assert.True(read.TryGetTextHash(unitId, out var after));
            Assert.Equal(before, after);
        }
    }

    [Fact]
    public void WritingOverAnOlderFile_ShouldReplaceIt_AndLeaveNoTemporaryFileBehind()
    {
        var path = Path.Combine(folder, "meaning.vectors");
        UnitVectorsFile.Write(new UnitVectors("older-model", 4), path);

        UnitVectorsFile.Write(ThreeUnits(), path);

        Assert.Equal(3, UnitVectorsFile.Read(path).Count);
        Assert.Equal(["meaning.vectors"], Directory.GetFiles(folder).Select(Path.GetFileName));
    }

    [Fact]
    public void AFileCutShort_ShouldBeReportedAsDamaged_NotReadAsFewerVectors()
    {
        var path = Path.Combine(folder, "meaning.vectors");
        UnitVectorsFile.Write(ThreeUnits(), path);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..^10]);

        var damaged = Assert.Throws<InvalidDataException>(() => UnitVectorsFile.Read(path));

        Assert.Contains("cut short", damaged.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileOfSomethingElse_ShouldBeRefusedWithItsName()
    {
        var path = Path.Combine(folder, "notes.txt");
        File.WriteAllText(path, "not vectors at all");

        var refused = Assert.Throws<InvalidDataException>(() => UnitVectorsFile.Read(path));

        Assert.Contains("is not a unit vectors file", refused.Message, StringComparison.Ordinal);
    }
}
