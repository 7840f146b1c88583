namespace LearningSearch.Themes.Loading;

/// <summary>
/// A data file the Themes project ships (taxonomy.json, vocabulary.json): the copy beside the assembly when present,
/// so a deployment can carry an edited one, else the copy embedded at build time. Unreadable files are refused with
/// a <see cref="TaxonomyException"/> naming them.
/// </summary>
internal static class ShippedFile
{
    /// <summary>The file's text and the name to put in messages.</summary>
    public static (string Json, string SourceName) Read(string fileName, string resourceName, string what)
    {
        var folder = Path.GetDirectoryName(typeof(ShippedFile).Assembly.Location);
        var besideAssembly = Path.Combine(string.IsNullOrEmpty(folder) ? AppContext.BaseDirectory : folder, fileName);
        if (File.Exists(besideAssembly)) return (ReadFile(besideAssembly), besideAssembly);

        using var stream = typeof(ShippedFile).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new TaxonomyException(resourceName, [$"{resourceName}: the embedded {what} is missing from {typeof(ShippedFile).Assembly.GetName().Name}"]);
        using var reader = new StreamReader(stream);
        return (reader.ReadToEnd(), resourceName);
    }

    public static string ReadFile(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new TaxonomyException(path, [$"{path}: cannot be read: {e.Message}"], e);
        }
    }
}
