using System.Runtime;
using System.Runtime.InteropServices;

namespace LearningSearch.Bench.Running;

/// <summary>The machine a run was measured on, as /proc and the runtime describe it.</summary>
public static class MachineInfo
{
    public static Machine Read()
    {
        var cpu = ReadLine("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString();
        var memory = ReadLine("/proc/meminfo", "MemTotal") is { } total && long.TryParse(total.Replace("kB", "", StringComparison.Ordinal).Trim(), out var kb) ? kb * 1024 : 0;
        return new Machine(Environment.ProcessorCount, cpu, memory, RuntimeInformation.FrameworkDescription, RuntimeInformation.OSDescription,
            GCSettings.IsServerGC ? "server" : "workstation", LoadAverage(), "");
    }

    /// <summary>The 1-minute load average: on a shared machine, how much else was running (2.0 = both cores busy).</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "";

    private static string? ReadLine(string file, string key)
    {
        if (!File.Exists(file)) return null;
        var line = File.ReadLines(file).FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal));
        return line?[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
    }
}
