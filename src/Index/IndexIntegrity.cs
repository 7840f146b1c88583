using Lucene.Net.Index;
using Lucene.Net.Store;

namespace LearningSearch.Index;

/// <summary>
/// Whether a generation of the index can be trusted. Lucene writes a checksum at the end of every file of a segment;
/// opening an index checks only the small ones, so a damaged byte in the stored units or the postings went unseen
/// until a search read it (a 500, an LZ4 error in every later build). Checking every file costs one sequential read
/// of the generation, a fraction of a second at national scale, paid when a generation is opened, not per search.
/// </summary>
public static class IndexIntegrity
{
    /// <summary>Null when the generation opens and every file matches its checksum; else what is wrong, without server paths.</summary>
    public static string? Problem(string folder)
    {
        try
        {
            using var directory = new SimpleFSDirectory(new DirectoryInfo(folder));
            using var reader = DirectoryReader.Open(directory);
            foreach (var leaf in reader.Leaves) leaf.AtomicReader.CheckIntegrity();
            return null;
        }
        // Damaged bytes surface as whatever the decoder that meets them throws, not only as CorruptIndexException.
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Describe(folder, e);
        }
    }

    /// <summary>What a failure to read a generation says, with the folder named by its generation alone.</summary>
    public static string Describe(string folder, Exception e)
    {
        var generation = Path.GetFileName(Path.TrimEndingDirectorySeparator(folder));
        var parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(folder)) ?? "";
        var detail = parent.Length == 0 ? e.Message : e.Message.Replace(parent + Path.DirectorySeparatorChar, "", StringComparison.Ordinal);
        return $"the index generation {generation} is damaged ({e.GetType().Name}: {detail})";
    }
}
