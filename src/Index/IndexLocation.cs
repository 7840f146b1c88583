namespace LearningSearch.Index;

/// <summary>
/// An index folder holding generations of the index side by side and a <c>current</c> file naming the one
/// in service. A build writes a new generation and then replaces <c>current</c> in one rename, so a failed
/// or killed build never touches the index being searched.
/// </summary>
public sealed class IndexLocation(string root)
{
    public const string PointerFile = "current";

    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>The folder of the generation in service, or null where no build has finished.</summary>
    public string? Current()
    {
        var pointer = Path.Combine(Root, PointerFile);
        if (!File.Exists(pointer)) return null;
        var name = File.ReadAllText(pointer).Trim();
        var folder = Path.Combine(Root, name);
        return name.Length > 0 && !name.Contains("..", StringComparison.Ordinal) && Directory.Exists(folder) ? folder : null;
    }

    public string NewGeneration()
    {
        Directory.CreateDirectory(Root);
        var folder = Path.Combine(Root, $"gen-{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}"[..30]);
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Puts a finished generation in service, atomically, and clears generations no longer needed.</summary>
    public void Publish(string generation)
    {
        var previous = Current();
        var pointer = Path.Combine(Root, PointerFile);
        var temp = pointer + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllText(temp, Path.GetFileName(generation));
        File.Move(temp, pointer, overwrite: true);
        // The previous generation stays for searches still reading it; older ones and failed builds go.
        foreach (var dir in Directory.EnumerateDirectories(Root, "gen-*"))
        {
            if (dir == generation || dir == previous) continue;
            TryDelete(dir);
        }
    }

    private static void TryDelete(string dir)
    {
        try
        {
            Directory.Delete(dir, recursive: true);
        }
        catch (IOException)
        {
            // Still open in another process; the next build clears it.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
