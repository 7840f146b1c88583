namespace LearningSearch.Indexer.Corpus;

/// <summary>
/// The corpus folder is the edge of what the product reads and serves: a file is opened only where its real path
/// (every link on the way resolved) lies inside the folder. A link in the corpus to <c>/etc/passwd</c> or to a
/// private file elsewhere on the machine would otherwise be read, indexed and shown to anyone who searches.
/// </summary>
public static class CorpusBoundary
{
    /// <summary>Why the file may not be read, or null where it lies inside the corpus folder.</summary>
    public static string? WhyOutside(string corpusFolder, string path)
    {
        string root, real;
        try
        {
            root = RealPath(corpusFolder);
            real = RealPath(path);
        }
        catch (IOException)
        {
            return "it is a link that goes round in a loop, so it is not read";
        }
        if (real.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            return null;
        return "it is a link to a file outside the corpus folder, which is not read; copy the file itself into the corpus";
    }

    /// <summary>
    /// The path with every link resolved, component by component (.NET resolves only the last one). Throws
    /// <see cref="IOException"/> on links that loop.
    /// </summary>
    public static string RealPath(string path) => RealPath(path, 0);

    private static string RealPath(string path, int links)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? "/";
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            if (new FileInfo(next).LinkTarget is { } target)
            {
                // The same bound as Linux's own (40 links), so a loop of links ends.
                if (links >= 40) throw new IOException($"Too many levels of links at {next}.");
                next = RealPath(Path.Combine(current, target), links + 1);
            }
            current = next;
        }
        return current;
    }
}
