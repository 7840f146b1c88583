using System.Diagnostics;

namespace LearningSearch.Indexer.Reading.Ocr;

/// <summary>
/// Reads the words on a scanned page with Debian's <c>tesseract-ocr</c> (English), run as a separate process so a
/// page it cannot read costs one page, not the document. Absent when tesseract is not installed: scanned pages
/// are then reported as needing OCR, as before.
/// </summary>
public sealed class TesseractOcr
{
    private static readonly TimeSpan PageTimeout = TimeSpan.FromMinutes(2);
    private readonly string _executable;

    private TesseractOcr(string executable) => _executable = executable;

    /// <summary>The installed tesseract, or null when there is none on the PATH.</summary>
    public static TesseractOcr? Find()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var folder in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(folder, "tesseract");
            if (File.Exists(candidate)) return new TesseractOcr(candidate);
        }
        return null;
    }

    /// <summary>The page's text as tesseract prints it (paragraphs separated by blank lines), or null when it failed.</summary>
    public string? Read(byte[] image, string extension)
    {
        var file = Path.Combine(Path.GetTempPath(), $"learningsearch-ocr-{Guid.NewGuid():N}{extension}");
        try
        {
            File.WriteAllBytes(file, image);
            var start = new ProcessStartInfo(_executable)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { file, "stdout", "-l", "eng", "--psm", "3" }) start.ArgumentList.Add(argument);
            using var process = Process.Start(start);
            if (process is null) return null;
            var errors = process.StandardError.ReadToEndAsync();
            var text = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(PageTimeout))
            {
                process.Kill(entireProcessTree: true);
                return null;
            }
            _ = errors.Result;
            return process.ExitCode == 0 ? text.Result : null;
        }
        catch (Exception e) when (e is IOException or System.ComponentModel.Win32Exception or UnauthorizedAccessException)
        {
            return null;
        }
        finally
        {
            try { File.Delete(file); } catch (IOException) { }
        }
    }
}
