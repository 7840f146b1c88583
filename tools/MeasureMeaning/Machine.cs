using System.Diagnostics;

namespace LearningSearch.MeasureMeaning;

/// <summary>The machine's state beside each figure: other work on the same cores slows ours.</summary>
internal static class Machine
{
    /// <summary>The 1-, 5- and 15-minute load averages, as uptime prints them.</summary>
    public static string Load() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    /// <summary>Wall and CPU seconds of this process for one piece of work.</summary>
    public static (double Wall, double Cpu) Time(Action work)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        work();
        clock.Stop();
        process.Refresh();
        return (clock.Elapsed.TotalSeconds, (process.TotalProcessorTime - cpu).TotalSeconds);
    }
}
