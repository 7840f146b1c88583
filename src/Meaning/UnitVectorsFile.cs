using System.Runtime.InteropServices;
using System.Text;

namespace LearningSearch.Meaning;

/// <summary>
/// The on-disk form of a generation's <see cref="UnitVectors"/>: one little-endian binary file.
/// <code>
/// "LSUV" | format 1 (int32) | model name (int32 byte count + UTF-8) | dimensions (int32) | count (int32)
/// | count × unit id (int32 byte count + UTF-8) | count × text hash (uint64) | count × dimensions × float32
/// </code>
/// Written beside its final name and renamed into place, so a reader sees the old file or the new, never half.
/// </summary>
public static class UnitVectorsFile
{
    /// <summary>The file that holds a generation's vectors, in the generation's folder (the service and the command line alike).</summary>
    public const string InGeneration = "unit-vectors.lsuv";

    private const int Format = 1;
    private static ReadOnlySpan<byte> Magic => "LSUV"u8;

    public static void Write(UnitVectors vectors, string path)
    {
        EnsureLittleEndian();
        var temporary = path + ".writing";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        using (var writer = new BinaryWriter(stream, Encoding.UTF8))
        {
            writer.Write(Magic);
            writer.Write(Format);
            WriteText(writer, vectors.ModelName);
            writer.Write(vectors.Dimensions);
            writer.Write(vectors.Count);
            foreach (var unitId in vectors.UnitIds)
            {
                WriteText(writer, unitId);
            }
            for (var i = 0; i < vectors.Count; i++)
            {
                writer.Write(vectors.TextHashAt(i));
            }
            writer.Write(MemoryMarshal.AsBytes(vectors.AllVectors));
            writer.Flush();
            // On disk before the rename: otherwise a crash could leave the new name pointing at missing data.
            stream.Flush(flushToDisk: true);
        }
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>
    /// The vectors in <paramref name="path"/> when they are the named model's; null when there is no such file, it is
    /// another model's, or it cannot be read (<paramref name="unreadable"/> is told which file and why).
    /// </summary>
    public static UnitVectors? TryRead(string path, string modelName, Action<string, string>? unreadable = null)
    {
        if (!File.Exists(path)) return null;
        try
        {
            var vectors = Read(path);
            return vectors.ModelName == modelName ? vectors : null;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            unreadable?.Invoke(path, e.Message);
            return null;
        }
    }

    /// <summary>
    /// The newest vectors of the named model kept beside another generation of the same index (the folders next to
    /// <paramref name="generationFolder"/>), to seed a new generation's: only new or changed texts are embedded.
    /// </summary>
    public static UnitVectors? NewestBeside(string generationFolder, string modelName, Action<string, string>? unreadable = null)
    {
        var folder = Path.GetFullPath(generationFolder);
        var root = Path.GetDirectoryName(folder);
        if (root is null || !Directory.Exists(root)) return null;
        var newest = Directory.EnumerateDirectories(root)
            .Where(d => !Path.GetFullPath(d).Equals(folder, StringComparison.Ordinal))
            .Select(d => new FileInfo(Path.Combine(d, InGeneration)))
            .Where(f => f.Exists)
            .OrderByDescending(f => f.LastWriteTimeUtc)
            .FirstOrDefault();
        return newest is null ? null : TryRead(newest.FullName, modelName, unreadable);
    }

    /// <summary>Reads a file written by <see cref="Write"/>; a damaged or foreign file is an <see cref="InvalidDataException"/>.</summary>
    public static UnitVectors Read(string path)
    {
        EnsureLittleEndian();
        using var stream = File.OpenRead(path);
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        try
        {
            Span<byte> magic = stackalloc byte[4];
            stream.ReadExactly(magic);
            if (!magic.SequenceEqual(Magic))
            {
                throw new InvalidDataException($"{path} is not a unit vectors file.");
            }
            var format = reader.ReadInt32();
            if (format != Format)
            {
                throw new InvalidDataException($"{path} is unit vectors format {format}; this version reads format {Format}.");
            }
            var modelName = ReadText(reader, stream);
            var dimensions = reader.ReadInt32();
            var count = reader.ReadInt32();
            // Counts are checked against the file's size before anything that large is allocated.
            if (dimensions < 1 || count < 0 || (long)count * (8 + (4L * dimensions)) > stream.Length - stream.Position)
            {
                throw new InvalidDataException($"{path} claims {count} vectors of {dimensions} numbers, more than it holds.");
            }
            var unitIds = new string[count];
            for (var i = 0; i < count; i++)
            {
                unitIds[i] = ReadText(reader, stream);
            }
            var hashes = new ulong[count];
            stream.ReadExactly(MemoryMarshal.AsBytes(hashes.AsSpan()));
            var all = new float[count * dimensions];
            stream.ReadExactly(MemoryMarshal.AsBytes(all.AsSpan()));

            var vectors = new UnitVectors(modelName, dimensions, count);
            for (var i = 0; i < count; i++)
            {
                vectors.Add(unitIds[i], hashes[i], all.AsSpan(i * dimensions, dimensions));
            }
            return vectors;
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException($"{path} ends before its last vector: it was cut short.");
        }
    }

    private static void WriteText(BinaryWriter writer, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        writer.Write(bytes.Length);
        writer.Write(bytes);
    }

    private static string ReadText(BinaryReader reader, Stream stream)
    {
        var length = reader.ReadInt32();
        if (length < 0 || length > stream.Length - stream.Position)
        {
            throw new InvalidDataException("A name in the unit vectors file runs past its end.");
        }
        var bytes = new byte[length];
        stream.ReadExactly(bytes);
        return Encoding.UTF8.GetString(bytes);
    }

    // The format is little-endian and written by reinterpreting memory; a big-endian machine would misread it.
    private static void EnsureLittleEndian()
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("Unit vectors files are little-endian.");
        }
    }
}
