using System.Diagnostics;

namespace LearningSearch.Bench.Running;

/// <summary>This process's peak working set (Linux VmHWM), and resetting it so one phase can be measured alone.</summary>
public static class PeakMemory
{
    public static long Read()
    {
        using var self = Process.GetCurrentProcess();
        return self.PeakWorkingSet64;
    }

    /// <summary>Writing 5 to /proc/self/clear_refs resets VmHWM to the current RSS (Linux 4.0+); false where that is not possible.</summary>
    public static bool Reset()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return false;
        }
    }
}
