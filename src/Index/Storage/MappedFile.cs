using System.IO.MemoryMappedFiles;

namespace LearningSearch.Index.Storage;

/// <summary>
/// One index file mapped into memory, read-only. The mapping is released only when no input that reads it can be
/// reached any more (by the finalizer), never while one is still in use: a read through a pointer into a released
/// mapping would crash the process, and Lucene does not promise that every clone of an input is unused when the
/// input itself is closed. On Linux a mapped file can still be deleted, so retiring a generation is not held up.
/// </summary>
internal sealed unsafe class MappedFile
{
    private readonly MemoryMappedFile? _map;
    private readonly MemoryMappedViewAccessor? _view;
    private int _released;

    private MappedFile(string path, long length, MemoryMappedFile? map, MemoryMappedViewAccessor? view, byte* start)
    {
        Path = path;
        Length = length;
        _map = map;
        _view = view;
        Start = start;
    }

    public string Path { get; }

    public long Length { get; }

    /// <summary>The first byte of the file (null for an empty file, which has nothing to read).</summary>
    public byte* Start { get; }

    public static MappedFile Open(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var length = stream.Length;
        if (length == 0) return new MappedFile(path, 0, null, null, null);
        var map = MemoryMappedFile.CreateFromFile(stream, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: false);
        MemoryMappedViewAccessor? view = null;
        try
        {
            view = map.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
            byte* start = null;
            view.SafeMemoryMappedViewHandle.AcquirePointer(ref start);
            return new MappedFile(path, length, map, view, start + view.PointerOffset);
        }
        catch
        {
            view?.Dispose();
            map.Dispose();
            throw;
        }
    }

    ~MappedFile()
    {
        if (Interlocked.Exchange(ref _released, 1) != 0 || _view is null) return;
        _view.SafeMemoryMappedViewHandle.ReleasePointer();
        _view.Dispose();
        _map!.Dispose();
    }
}
